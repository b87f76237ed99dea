/** The IndexedDB database the device store keeps everything in (a module of its own: pages check for it without loading the store). */
export const DEFAULT_STORE_NAME = 'kapkit';
