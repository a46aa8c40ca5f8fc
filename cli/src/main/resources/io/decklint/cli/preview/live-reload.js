// decklint preview: reload the page when the deck changes, and come back to the slide that was shown.
(function () {
  var key = 'decklint-preview-slide';
  var saved = sessionStorage.getItem(key);
  if (saved) {
    sessionStorage.removeItem(key);
    var at = JSON.parse(saved);
    var restore = function () { Reveal.slide(at.h, at.v || 0, at.f); };
    if (Reveal.isReady()) { restore(); } else { Reveal.addEventListener('ready', restore); }
  }
  var version = null;
  // relative: the page's address starts with the preview's secret path
  var events = new EventSource('_decklint/events');
  events.addEventListener('version', function (event) {
    if (version !== null && event.data !== version) {
      sessionStorage.setItem(key, JSON.stringify(Reveal.getIndices()));
      location.reload();
    }
    version = event.data;
  });
})();
