/*
 * decklint: draws what HedgeDoc 1.x's finishView (public/js/extra.js) draws on a slide, with the libraries the
 * page loaded: sequence diagrams, flowcharts, graphviz, mermaid, abc notation, then highlight.js, then MathJax.
 * The markup comes from decklint's renderer, shaped as HedgeDoc's (div.mermaid.raw in pre > code, code.raw,
 * span.mathjax.raw). Everything is drawn once the page is parsed, not slide by slide as HedgeDoc does, so that
 * window.decklintReady can say when the whole deck is drawn (for export). A host that swaps in new slides (the
 * VS Code preview) calls window.decklintDraw(), which draws what is new and renews decklintReady. A diagram that
 * cannot be drawn shows HedgeDoc's warning box with the error; nothing here stops the page.
 *
 * A diagram's source comes from the deck, so what a library makes of it is cleaned before it is shown: no
 * scripts, no event handlers, no script URLs (the page's Content-Security-Policy would stop them too).
 */
(function () {
  'use strict';

  // As HedgeDoc's mathjax-config-extra.js (MathJax 2: tex2jax), in MathJax 3's words; typeset only on request.
  window.MathJax = {
    tex: { inlineMath: [['$', '$'], ['\\(', '\\)']], processEscapes: true },
    svg: { fontCache: 'local' },
    options: { enableMenu: false },
    startup: { typeset: false }
  };

  var mermaidDrawings = 0;

  window.decklintDraw = function () {
    var drawing = drawAll().catch(function (error) { console.warn(error); }).then(function () {
      if (window.Reveal && Reveal.isReady && Reveal.isReady()) { Reveal.layout(); }
    });
    window.decklintReady = drawing;
    return drawing;
  };

  window.decklintReady = new Promise(function (resolve) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', function () { window.decklintDraw().then(resolve); });
    } else {
      window.decklintDraw().then(resolve);
    }
  });

  async function drawAll() {
    var slides = document.querySelector('.reveal .slides') || document.body;
    each(slides, 'div.sequence-diagram.raw', window.Diagram, drawSequence);
    each(slides, 'div.flow-chart.raw', window.flowchart, drawFlow);
    each(slides, 'div.graphviz.raw', window.Viz, drawGraphviz);
    if (window.mermaid) {
      mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
      var diagrams = take(slides, 'div.mermaid.raw');
      for (var i = 0; i < diagrams.length; i++) { await drawMermaid(diagrams[i], mermaidDrawings++); }
    }
    each(slides, 'div.abc.raw', window.ABCJS, drawAbc);
    if (window.hljs) { take(slides, 'code.raw').forEach(highlight); }
    var formulas = take(slides, 'span.mathjax.raw');
    if (formulas.length && window.MathJax.typesetPromise) {
      await MathJax.startup.promise;
      await MathJax.typesetPromise(formulas);
      formulas.forEach(clean); // \href{javascript:…}{…} is a link
    }
  }

  /** The elements finishView would pick, with their "raw" mark taken off as it does. */
  function take(root, selector) {
    var found = Array.prototype.slice.call(root.querySelectorAll(selector));
    found.forEach(function (element) { element.classList.remove('raw'); });
    return found;
  }

  function each(root, selector, library, draw) {
    if (!library) { return; }
    take(root, selector).forEach(function (source) {
      var pre = source.parentNode && source.parentNode.parentNode;
      try {
        draw(source, pre);
      } catch (error) {
        warn(source, error);
      }
    });
  }

  function drawSequence(source, pre) {
    var diagram = Diagram.parse(source.textContent);
    var svg = drawOffstage(function (stage) { diagram.drawSVG(stage, { theme: 'simple' }); });
    show(pre, 'sequence-diagram', svg);
    fitViewBox(pre);
  }

  function drawFlow(source, pre) {
    var chart = flowchart.parse(source.textContent);
    var svg = drawOffstage(function (stage) {
      chart.drawSVG(stage, { 'line-width': 2, fill: 'none', 'font-size': '16px',
        'font-family': "'Andale Mono', monospace" });
    });
    show(pre, 'flow-chart', svg);
  }

  function drawGraphviz(source, pre) {
    var svg = Viz(source.textContent);
    if (!svg) { throw new Error('viz.js output empty graph'); }
    show(pre, 'graphviz', parse(svg));
  }

  function drawAbc(source, pre) {
    var text = source.textContent;
    var svg = drawOffstage(function (stage) { ABCJS.renderAbc(stage, text); });
    show(pre, 'abc', svg);
    fitViewBox(pre);
  }

  async function drawMermaid(source, index) {
    var pre = source.closest('pre');
    var text = source.textContent;
    try {
      await mermaid.parse(text);
      var drawn = await mermaid.render('decklint-mermaid-' + index, text);
      pre.setAttribute('data-processed', 'true');
      show(pre, 'mermaid', parse(drawn.svg));
    } catch (error) {
      warn(source, error && error.str ? error.str : error);
    }
  }

  /**
   * Libraries that measure text draw into a box that is laid out but not seen: a slide that is not shown has
   * no layout, and HedgeDoc only draws the slide on screen.
   */
  function drawOffstage(draw) {
    var stage = document.createElement('div');
    stage.style.cssText = 'position:absolute;left:-10000px;top:0;visibility:hidden;';
    (document.querySelector('.reveal') || document.body).appendChild(stage);
    try {
      draw(stage);
      var drawn = document.createDocumentFragment();
      while (stage.firstChild) { drawn.appendChild(stage.firstChild); }
      clean(drawn);
      return drawn;
    } finally {
      stage.remove();
    }
  }

  /** Markup a library returned as text, read where nothing in it runs or loads, and cleaned. */
  function parse(markup) {
    var body = new DOMParser().parseFromString('<!DOCTYPE html><body>' + markup, 'text/html').body;
    clean(body);
    var drawn = document.createDocumentFragment();
    while (body.firstChild) { drawn.appendChild(document.adoptNode(body.firstChild)); }
    return drawn;
  }

  /** finishView: the pre takes the diagram's class, and the drawing replaces the code inside it. */
  function show(pre, kind, drawn) {
    pre.classList.add(kind);
    pre.textContent = '';
    pre.appendChild(drawn);
  }

  /** As HedgeDoc does for sequence diagrams and abc: the drawing scales with the slide. */
  function fitViewBox(pre) {
    var svg = pre.querySelector(':scope > svg');
    if (svg) {
      svg.setAttribute('viewBox', '0 0 ' + svg.getAttribute('width') + ' ' + svg.getAttribute('height'));
      svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
    }
  }

  /** finishView's catch: the source stays, the code element around it goes, a warning box follows. */
  function warn(source, error) {
    var code = source.parentNode;
    if (code && code.nodeName === 'CODE') { code.replaceWith(source); }
    var box = document.createElement('div');
    box.className = 'alert alert-warning';
    box.textContent = String(error);
    source.parentNode.appendChild(box);
    console.warn(error);
  }

  var UNSAFE_ELEMENTS = 'script, iframe, object, embed, set, animate, animateMotion, animateTransform, handler';

  function clean(root) {
    Array.prototype.forEach.call(root.querySelectorAll(UNSAFE_ELEMENTS), function (element) { element.remove(); });
    Array.prototype.forEach.call(root.querySelectorAll('*'), function (element) {
      Array.prototype.slice.call(element.attributes).forEach(function (attribute) {
        var name = attribute.name.toLowerCase();
        var value = attribute.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (name.indexOf('on') === 0
            || (/(^|:)(href|src|action|formaction)$/.test(name) && /^(javascript|vbscript|data):/.test(value))) {
          element.removeAttributeNode(attribute);
        }
      });
    });
  }

  /** finishView's syntax highlighting: the classes name the language, else highlight.js guesses it. */
  function highlight(code) {
    var language = code.className.replace(/hljs|wrap/g, '').trim();
    if (!language || language === 'mermaid' || language === 'abc' || language === 'graphviz') { return; }
    var target = code.querySelector('.code') || code;
    var text = target.textContent;
    var result = hljs.listLanguages().indexOf(language) >= 0
      ? hljs.highlight(text, { language: language, ignoreIllegals: false })
      : hljs.highlightAuto(text);
    target.innerHTML = result.value;
  }
})();
