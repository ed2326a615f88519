/*! Chorus tracking snippet, served as /t.js. Embed:
 * <script src="https://CHORUS/t.js" data-workspace="WS_ID" async></script>
 * Conversions: window.chorus('sale', {value: 42, currency: 'EUR'}). No cookies; attribution lives in sessionStorage
 * for the tab. Plain ES2017, served as written (src/features/tracking/snippet.ts). */
(function (w, d) {
  'use strict';
  var s = d.currentScript || d.querySelector('script[data-workspace][src*="/t.js"]');
  var old = w.chorus;
  if (!s || (old && old.loaded)) return;
  var api = new URL(s.src).origin + '/api/v1/collect';
  var ws = s.getAttribute('data-workspace');
  var loc = w.location;
  var KEY = 'chorus';
  var q = new URLSearchParams(loc.search);
  var cid = q.get('chorus_cid') || undefined;
  var ref = q.get('chorus_ref') || undefined;
  var st = {};
  // sessionStorage throws when storage is blocked; tracking then simply lasts one page.
  try { st = JSON.parse(w.sessionStorage.getItem(KEY)) || {}; } catch (e) {}
  function save() { try { w.sessionStorage.setItem(KEY, JSON.stringify(st)); } catch (e) {} }

  // A reload of the rewritten URL carries our own token, or still the same cid: not a new arrival.
  if ((ref && ref === st.own) || (cid && cid === st.cid && st.own)) cid = ref = undefined;

  // JSON as text/plain is a CORS "simple" request: no preflight. The beacon survives the page being left.
  function post(data, answer) {
    data.workspaceId = ws;
    data.url = loc.href;
    var body = JSON.stringify(data);
    if (!answer && navigator.sendBeacon && navigator.sendBeacon(api, body)) return;
    var f = fetch(api, { method: 'POST', body: body, keepalive: !answer, credentials: 'omit' });
    if (!answer) f.catch(function () {});
    return f;
  }

  post({ type: 'pageview', referrer: d.referrer, cid: cid, ref: ref });

  if (cid || ref) {
    st = { cid: cid, ref: ref };
    save();
    post({ type: 'share_token', cid: cid, parentRef: ref }, 1)
      .then(function (r) { return r.json(); })
      .then(function (r) {
        if (!r || !r.ref) return;
        st.own = r.ref;
        save();
        // Edit the raw query so the site's other parameters keep their exact spelling and order.
        var p = loc.search.slice(1).split('&').filter(function (x) { return x && !/^chorus_(cid|ref)(=|$)/.test(x); });
        p.push('chorus_ref=' + encodeURIComponent(r.ref));
        history.replaceState(history.state, '', loc.pathname + '?' + p.join('&') + loc.hash);
      })
      .catch(function () {});
  }

  w.chorus = function (name, props) {
    props = props || {};
    post({ type: 'conversion', name: name, value: props.value, currency: props.currency, cid: st.cid, ref: st.ref, ownRef: st.own });
  };
  w.chorus.loaded = 1;
  // Calls made before this script arrived: window.chorus = window.chorus || function(){(chorus.q=chorus.q||[]).push(arguments)}
  ((old && old.q) || []).forEach(function (a) { w.chorus.apply(w, a); });
})(window, document);
