// The part of web-ext's Node API the Firefox test uses (web-ext ships no types).
declare module 'web-ext' {
  interface ExtensionRunner {
    exit(): Promise<void>;
  }
  const webExt: {
    cmd: {
      run(options: Record<string, unknown>, dependencies?: { shouldExitProgram?: boolean }): Promise<ExtensionRunner>;
    };
  };
  export default webExt;
}
