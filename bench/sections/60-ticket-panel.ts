// The ticket panel's time to interactive with 500 messages, in Chromium (see bench/panel-render.ts).
export { run, title } from '../panel-render';
