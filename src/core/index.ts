/** Public surface of the vscode-free core. */
export * from './abort';
export * from './account';
export * from './capabilities';
export * from './errors';
export * from './form-schema';
export * from './form-validation';
export * from './limiter';
export * from './paging';
export * from './provider';
export * from './provider-operations';
export * from './retry';
export * from './status';
export * from './ticket';
export * from './time';
