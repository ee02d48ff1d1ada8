// Registering the listener is what makes DevTools serialize and post every finished request: that cost is
// the floor our panel is compared with. The listener itself does nothing.
chrome.devtools.network.onRequestFinished.addListener(() => {});
