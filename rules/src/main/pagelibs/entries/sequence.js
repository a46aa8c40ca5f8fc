// js-sequence-diagrams' Raphael build (the one HedgeDoc uses, theme 'simple') reads Raphael and _ as globals.
window.Raphael = require('raphael');
window._ = require('underscore');
window.Diagram = require('@rokt33r/js-sequence-diagrams/dist/sequence-diagram-raphael-min.js');
