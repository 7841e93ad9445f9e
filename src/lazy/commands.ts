/** The commands bundle: the command table and the commands that need nothing heavier than the workbench. */
export { commandRunner } from '../commands';
