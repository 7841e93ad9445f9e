/**
 * What activation registers (issue #19: activate() within 20 ms): the manifest's contributions that VS
 * Code activates the extension for — commands, the two webview panels' serializers, the URI handler and
 * the language model tools — each bound to a forwarder that starts the workbench and the feature's bundle
 * on first use. Nothing here imports a feature: only ids, view types and types.
 */
import * as vscode from 'vscode';
import type { ToolName } from '../assistant/definitions';
import type { AssistantLanguageModelTool } from '../languageModelTools/assistantTools';
import { COMMAND_IDS } from '../shared/commandIds';
import { CREATE_VIEW_TYPE } from '../shared/protocol/create';
import { TICKET_PANEL_VIEW_TYPE } from '../shared/protocol/ticket';
import { loadBundle } from './load';
import type { Workbench } from './workbench';

/** Every tool package.json contributes; the record makes the compiler check the list against ToolName. */
const TOOL_NAMES: Readonly<Record<ToolName, true>> = {
  cloud_tickets_search: true,
  cloud_tickets_get_ticket: true,
  cloud_tickets_needs_attention: true,
  cloud_tickets_draft_reply: true,
  cloud_tickets_create_ticket: true,
  cloud_tickets_reply: true,
  cloud_tickets_attach_diagnostics: true,
};

type ToolInput = Record<string, unknown>;
type ToolImplementation = Pick<AssistantLanguageModelTool, 'prepareInvocation' | 'invoke'>;

/**
 * A language model tool as VS Code sees it from activation on: `vscode.lm.registerTool` wants the object
 * at once, so this forwards both calls to the real tool, built (with the assistant bundle) on the first.
 */
export class LazyLanguageModelTool implements vscode.LanguageModelTool<ToolInput>, ToolImplementation {
  constructor(
    readonly name: ToolName,
    private readonly implementation: () => ToolImplementation,
  ) {}

  prepareInvocation(options: vscode.LanguageModelToolInvocationPrepareOptions<ToolInput>, token: vscode.CancellationToken): Promise<vscode.PreparedToolInvocation> {
    return this.implementation().prepareInvocation(options, token);
  }

  invoke(options: vscode.LanguageModelToolInvocationOptions<ToolInput>, token: vscode.CancellationToken): Promise<vscode.LanguageModelToolResult> {
    return this.implementation().invoke(options, token);
  }
}

/** The registrations, and the tools by name (the extension-host tests call them directly). */
export interface Registrations extends vscode.Disposable {
  readonly languageModelTools: ReadonlyMap<string, LazyLanguageModelTool>;
}

/** Registers every contribution VS Code may call right after activation; `workbench` starts it on demand. */
export function registerContributions(workbench: () => Workbench): Registrations {
  const tools = new Map(
    (Object.keys(TOOL_NAMES) as ToolName[]).map((name) => {
      const implementation = (): ToolImplementation => {
        const tool = workbench().assistantTools().get(name);
        if (!tool) throw new Error(`No assistant tool is named ${name}`);
        return tool;
      };
      return [name, new LazyLanguageModelTool(name, implementation)] as const;
    }),
  );
  const registrations = [
    ...COMMAND_IDS.map((id) => vscode.commands.registerCommand(id, (...args: unknown[]) => workbench().runCommand(id, args))),
    vscode.window.registerWebviewPanelSerializer(TICKET_PANEL_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state: unknown) => workbench().services.panels.deserializeWebviewPanel(panel, state),
    }),
    vscode.window.registerWebviewPanelSerializer(CREATE_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state: unknown) => loadBundle('createForm').CreatePanel.revive(workbench().services, panel, state),
    }),
    vscode.window.registerUriHandler({ handleUri: (uri) => workbench().links().uriHandler.handleUri(uri) }),
    ...[...tools.values()].map((tool) => vscode.lm.registerTool(tool.name, tool)),
  ];
  return { languageModelTools: tools, dispose: () => registrations.forEach((registration) => registration.dispose()) };
}
