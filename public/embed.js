// Crossroads responsive embed, for the page that holds the iframe (not for the site itself).
// The embed code from a view's "Share and embed" panel includes it:
//   <iframe src="https://…/crossroads/timeline/?lang=ko&embed=1" data-crossroads-embed …></iframe>
//   <script src="https://…/crossroads/embed.js" async></script>
// The framed page (public/boot.js) posts {type: 'crossroads:height', height} whenever its
// content changes height; this script sets that height on the iframe that sent it, so the
// frame is as tall as its content and the host page is the only thing that scrolls.
// A message is only obeyed when it comes from one of the page's own Crossroads frames
// (event.source is that iframe's window) and from the origin of that iframe's src, and when
// it has the expected shape. Without this script (a host that strips scripts) the frame
// keeps the height attribute of the embed code and scrolls inside.
(function () {
  'use strict';
  if (window.crossroadsEmbed) return; // several embeds on one page: one listener
  window.crossroadsEmbed = true;
  var MIN = 150;
  var MAX = 20000;

  function originOf(frame) {
    try {
      return new URL(frame.getAttribute('src') || '', location.href).origin;
    } catch (e) {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'crossroads:height') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height)) return;
    var frames = document.querySelectorAll('iframe[data-crossroads-embed]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (!event.source || frame.contentWindow !== event.source) continue;
      if (event.origin !== originOf(frame)) return;
      var px = Math.round(Math.min(MAX, Math.max(MIN, height)));
      frame.style.height = px + 'px';
      frame.setAttribute('height', String(px));
      return;
    }
  });

  // This script loads async and may start listening after a frame has already posted its
  // height: ask each frame for it again (a frame that is not yet loaded posts on its own).
  function ask() {
    var frames = document.querySelectorAll('iframe[data-crossroads-embed]');
    for (var i = 0; i < frames.length; i++) {
      var origin = originOf(frames[i]);
      if (!origin || origin === 'null' || !frames[i].contentWindow) continue;
      try {
        frames[i].contentWindow.postMessage({ type: 'crossroads:measure' }, origin);
      } catch (e) {
        // A frame on its way elsewhere: it posts its height once it has loaded.
      }
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ask);
  else ask();
})();
