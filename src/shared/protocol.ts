/**
 * The only contract between the extension host and the webviews (DESIGN.md §3): the request/reply
 * envelope (./ipc) and one message module per panel. Webview code imports from here and from nowhere
 * else in src/.
 */
export * from './ipc';
export * from './protocol/ticket';
