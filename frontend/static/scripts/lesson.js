// Lesson pages: syntax highlighting (highlight.js from its WebJar) and a copy button per code block.
window.tensortrail = window.tensortrail || {};
// highlight.js is a classic script (it defines a global), so it is loaded with a script tag once.
window.tensortrail.withHighlighter = function (url, callback) {
  if (window.hljs) { callback(); return; }
  var existing = document.getElementById('tt-hljs');
  if (existing) { existing.addEventListener('load', callback); return; }
  var script = document.createElement('script');
  script.id = 'tt-hljs';
  script.src = url;
  script.addEventListener('load', callback);
  document.head.appendChild(script);
};
window.tensortrail.enhanceLesson = function (root, copyLabel, copiedLabel, highlighterUrl) {
  window.tensortrail.withHighlighter(highlighterUrl, function () {
    root.querySelectorAll('pre > code').forEach(function (code) {
      if (!code.dataset.highlighted) { window.hljs.highlightElement(code); }
    });
  });
  root.querySelectorAll('pre > code').forEach(function (code) {
    var pre = code.parentElement;
    pre.tabIndex = 0; // a code block that scrolls sideways must be reachable by keyboard
    if (pre.querySelector('.tt-copy')) {
      return;
    }
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'tt-copy';
    button.textContent = copyLabel;
    button.setAttribute('aria-label', copyLabel);
    button.addEventListener('click', function () {
      var done = function () {
        button.textContent = copiedLabel;
        setTimeout(function () { button.textContent = copyLabel; }, 1500);
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(code.innerText).then(done, function () {});
      } else {
        var area = document.createElement('textarea');
        area.value = code.innerText;
        document.body.appendChild(area);
        area.select();
        try { document.execCommand('copy'); done(); } catch (e) { /* nothing to do */ }
        area.remove();
      }
    });
    pre.insertBefore(button, code);
  });
};
