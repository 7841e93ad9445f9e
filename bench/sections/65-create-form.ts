// The create form's time to interactive in Chromium with a 1,500-product catalogue (the scenario and the
// measurement live with the UI suite that shares them, test/ui/create-tti.test.ts; the budget is judged here).
export { run, title } from '../../test/ui/create-tti.test';
