// decklint: HedgeDoc's embeds on a rendered deck (see HedgeDocEmbeds.java). The thumbnail shows once it has
// loaded (never a broken image offline or where remote pictures are not allowed); a click on a box puts the
// player or frame in, as HedgeDoc's imgPlayiframe does; where the page's policy forbids frames, the box stays
// and says so. The frame's address is built here from an ID checked as HedgeDoc checks it, never taken from
// the page, so a box written by hand cannot frame anything else. Listeners sit on the document, so slides
// swapped in after the page loaded work too.
(function () {
  var ID = /^[\w-]{11}$/;
  var frames = {
    youtube: function (box) {
      var id = box.getAttribute('data-videoid') || '';
      return ID.test(id) ? {src: 'https://www.youtube.com/embed/' + id + '?autoplay=1', sandbox: 'allow-scripts allow-same-origin allow-presentation allow-popups'} : null;
    },
    vimeo: function (box) {
      var id = box.getAttribute('data-videoid') || '';
      return /^\d{6,11}$/.test(id) ? {src: 'https://player.vimeo.com/video/' + id + '?autoplay=1', sandbox: 'allow-scripts allow-same-origin allow-presentation allow-popups'} : null;
    },
    gist: function (box) {
      var id = box.getAttribute('data-gistid') || '';
      return /^\w+\/\w+$/.test(id) ? {src: 'https://gist.github.com/' + id + '.pibb', sandbox: ''} : null;
    },
    pdf: function (box) {
      var url = box.getAttribute('data-pdfurl') || '';
      // a browser shows a PDF only in a frame without a sandbox; the address is another site's, so the
      // frame cannot reach this page
      return /^https?:\/\/[^\s"'<>]+$/i.test(url) ? {src: url, sandbox: null} : null;
    }
  };

  function show(image) {
    var box = image.closest('.decklint-embed');
    if (box && image.naturalWidth > 0) { box.classList.add('decklint-embed-shown'); }
  }

  function play(box) {
    if (box.querySelector('iframe')) { return; }
    var frame = null;
    for (var kind in frames) {
      if (box.classList.contains(kind)) { frame = frames[kind](box); break; }
    }
    if (!frame) { return; }
    var iframe = document.createElement('iframe');
    if (frame.sandbox !== null) { iframe.setAttribute('sandbox', frame.sandbox); }
    iframe.setAttribute('allowfullscreen', '');
    iframe.setAttribute('src', frame.src);
    box.classList.remove('decklint-embed-blocked');
    box.appendChild(iframe);
  }

  document.querySelectorAll('.decklint-embed-thumbnail').forEach(function (image) {
    if (image.complete) { show(image); }
  });
  document.addEventListener('load', function (event) {
    if (event.target.classList && event.target.classList.contains('decklint-embed-thumbnail')) { show(event.target); }
  }, true);
  document.addEventListener('click', function (event) {
    var box = event.target.closest && event.target.closest('.decklint-embed');
    if (box && !event.target.closest('a')) { play(box); }
  });
  document.addEventListener('securitypolicyviolation', function (event) {
    if (event.violatedDirective.indexOf('frame-src') !== 0 && event.effectiveDirective !== 'frame-src') { return; }
    document.querySelectorAll('.decklint-embed iframe').forEach(function (iframe) {
      if (event.blockedURI && iframe.src.indexOf(event.blockedURI) === 0) {
        iframe.closest('.decklint-embed').classList.add('decklint-embed-blocked');
        iframe.remove();
      }
    });
  });
})();
