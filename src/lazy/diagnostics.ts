/** The diagnostics bundle: collecting, redacting, previewing and attaching a diagnostics bundle to a ticket. */
export { attachDiagnostics } from '../diagnostics/diagnosticsFlow';
