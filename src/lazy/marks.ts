/**
 * Performance marks of the extension's start, in the extension host's own clock: activate() began, and
 * the workbench bundle had started after it (the activation timing suite and the bench read them).
 */
export const ACTIVATION_MARKS = { activate: 'cloud-tickets/activate', workbenchStarted: 'cloud-tickets/workbench-started' } as const;
