/** A page shaped as the server's RevealPage writes it, for tests of what the preview does with renderings. */
export function rendering({ theme = 'white', options = '{"transition":"slide"}', slides = '<section><h1>Hi</h1></section>\n' } = {}): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-AAAA'">
<title>deck.md</title>
<style>
/* theme ${theme} */
</style>
</head>
<body>
<div class="reveal">
<div class="slides">
${slides}</div>
</div>
<script>
/* reveal.js */
</script>
<script>
(function () { var options = ${options}; Reveal.initialize(options); })();
</script>
</body>
</html>
`;
}

