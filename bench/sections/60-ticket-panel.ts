// The ticket panel's time to interactive in Chromium on the shipped bundle: 500 messages, and a 100 KB
// title with a 1 MB description against a normal ticket (see bench/panel-render.ts).
export { run, title } from '../panel-render';
