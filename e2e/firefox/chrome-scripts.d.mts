/** Types of `chrome-scripts.mjs`: functions serialized and run in Firefox's own window. */
export declare function installHelpers(): boolean;
export declare function openToolbox(handle: string, extensionId: string): Promise<{ toolId: string }>;
export declare function tabTitle(handle: string, toolId: string): Promise<string>;
export declare function selectPanel(handle: string, toolId: string): Promise<boolean>;
export declare function evaluateInPanel(handle: string, toolId: string, expression: string): Promise<string>;
export declare function evaluateInBackground(extensionId: string, expression: string): Promise<string>;
export declare function terminateBackground(extensionId: string): Promise<string>;
export declare function closeToolbox(handle: string): Promise<boolean>;
export declare function setDevtoolsTheme(theme: 'light' | 'dark'): boolean;
export declare function panelScreenshot(handle: string, toolId: string): Promise<string>;
export declare function setDownloadDir(dir: string): boolean;
