// flowchart.js as HedgeDoc loads it: window.flowchart, drawn with Raphael.
window.flowchart = require('flowchart.js');
