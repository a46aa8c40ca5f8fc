// decklint preview --theme: the conversion's report in a bar above the slides (text only), which can be hidden.
function showConversionReport(report) {
  var bar = document.createElement('aside');
  bar.setAttribute('role', 'status');
  bar.className = 'decklint-conversion-report';
  bar.style.cssText = 'position:fixed;top:0;left:0;right:0;z-index:1000;max-height:40%;overflow:auto;margin:0;' +
    'padding:6px 36px 6px 10px;font:13px/1.4 system-ui,sans-serif;color:#1b1b1b;background:#fff8c5;' +
    'border-bottom:1px solid #d4a72c;white-space:pre-wrap;text-align:left';
  var title = document.createElement('strong');
  title.textContent = 'Preview of the conversion to ' + report.theme + ' (nothing is written)';
  bar.appendChild(title);
  report.lines.forEach(function (line) {
    var row = document.createElement('div');
    row.textContent = line;
    bar.appendChild(row);
  });
  var hide = document.createElement('button');
  hide.type = 'button';
  hide.textContent = '×';
  hide.title = 'Hide the report';
  hide.style.cssText = 'position:absolute;top:4px;right:8px;border:0;background:none;font-size:18px;cursor:pointer';
  hide.addEventListener('click', function () { bar.remove(); });
  bar.appendChild(hide);
  document.body.appendChild(bar);
}
