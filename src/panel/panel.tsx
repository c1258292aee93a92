// The panel's entry: its views on the browser's platform.
import { render } from 'preact';
import { browserPanelPlatform } from '../platform/panel.js';
import { App } from './app.js';
import { PanelPlatformContext } from './platform-context.js';

render(
  <PanelPlatformContext.Provider value={browserPanelPlatform}>
    <App />
  </PanelPlatformContext.Provider>,
  document.getElementById('app')!,
);
