// Injected by bench/map_speed.py into every frame before the page's own scripts run, so the
// measurement itself costs the page almost nothing (no polling from outside during a change).
//
// Top frame: records Streamlit's script-state transitions, clicks, and every websocket
// message: time, direction, size and its kind, read from the protobuf field numbers of
// ForwardMsg (new_session marks a script run; the map arrives as a new_element delta holding a
// component_instance). Waiting helpers resolve promises instead of being polled.
// Map iframe (streamlit-folium): records, in the animation frame in which the map's data
// polygons changed, their number and a hash of their fill colours.
// All times are epoch milliseconds (performance.timeOrigin + performance.now()), comparable
// across frames.
(() => {
  const F = __FIELDS__; // protobuf field numbers, filled in by map_speed.py
  const now = () => performance.timeOrigin + performance.now();

  function fields(u8, start, end) {
    // Top-level fields of a protobuf message: [number, start, end] of each length-delimited
    // field (others are skipped).
    const out = [];
    let pos = start;
    const varint = () => {
      let result = 0, shift = 0, b;
      do {
        b = u8[pos++];
        result += (b & 0x7f) * Math.pow(2, shift);
        shift += 7;
      } while (b & 0x80 && pos < end);
      return result;
    };
    while (pos < end) {
      const key = varint();
      const num = Math.floor(key / 8), wire = key & 7;
      if (wire === 0) varint();
      else if (wire === 1) pos += 8;
      else if (wire === 5) pos += 4;
      else if (wire === 2) {
        const len = varint();
        out.push([num, pos, pos + len]);
        pos += len;
      } else break;
    }
    return out;
  }

  function kindOf(data) {
    if (typeof data === "string") return "text";
    const u8 = new Uint8Array(data);
    for (const [num, s, e] of fields(u8, 0, u8.length)) {
      if (num === F.new_session) return "new_session";
      if (num === F.script_finished) return "script_finished";
      if (num === F.ref_hash) return "ref_hash";
      if (num === F.delta) {
        for (const [dn, ds, de] of fields(u8, s, e)) {
          if (dn === F.new_element) {
            for (const [en] of fields(u8, ds, de)) {
              if (en === F.component_instance) return "component_instance";
            }
            return "element";
          }
        }
        return "delta";
      }
    }
    return "other";
  }

  const MAP_FRAME = "iframe[title='streamlit_folium.st_folium']";

  if (window.top === window) {
    const B = (window.__bench = { states: [], clicks: [], ws: [] });
    let last = null;
    const check = () => {
      const el = document.querySelector("[data-testid=stApp]");
      const s = el ? el.getAttribute("data-test-script-state") : null;
      if (s !== last) {
        last = s;
        B.states.push([now(), s]);
      }
    };
    new MutationObserver(check).observe(document, {
      subtree: true, childList: true, attributes: true,
      attributeFilter: ["data-test-script-state"],
    });
    document.addEventListener("click", () => B.clicks.push(now()), true);
    const Native = window.WebSocket;
    const size = (d) => (typeof d === "string" ? d.length : d.byteLength || d.size || 0);
    window.WebSocket = function (...args) {
      const ws = new Native(...args);
      ws.addEventListener("message", (e) => {
        B.ws.push([now(), "rx", size(e.data), kindOf(e.data)]);
      });
      const send = ws.send.bind(ws);
      ws.send = (d) => { B.ws.push([now(), "tx", size(d), "back"]); return send(d); };
      return ws;
    };
    window.WebSocket.prototype = Native.prototype;
    Object.assign(window.WebSocket, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });

    // The current map iframe's window (a remounted map is a new iframe).
    const mapWindow = () => {
      const f = document.querySelector(MAP_FRAME);
      return f && f.contentWindow && f.contentWindow.__benchMap ? f.contentWindow : null;
    };
    // Resolve with the first map log entry after `since` with `n` polygons that `accept`s.
    B.waitMap = (since, n, before, timeoutMs) => new Promise((resolve) => {
      const t0 = now();
      const tick = () => {
        const w = mapWindow();
        if (w) {
          const M = w.__benchMap;
          for (const e of M.log) {
            if (e.t < since || e.n !== n) continue;
            const remounted = M.created > since;
            if (!before || remounted || e.sig !== before.sig || e.layer !== before.layer) {
              resolve({ ...e, created: M.created });
              return;
            }
          }
        }
        if (now() - t0 > timeoutMs) { resolve(null); return; }
        setTimeout(tick, 20);
      };
      tick();
    });
    // Resolve with the time the script went idle, once it has stayed idle for quietMs.
    B.waitQuiet = (quietMs, timeoutMs) => new Promise((resolve) => {
      const t0 = now();
      const tick = () => {
        const s = B.states[B.states.length - 1];
        if (s && s[1] === "notRunning" && now() - s[0] >= quietMs) { resolve(s[0]); return; }
        if (now() - t0 > timeoutMs) { resolve(null); return; }
        setTimeout(tick, 50);
      };
      tick();
    });
    B.lastMapEntry = () => {
      const w = mapWindow();
      if (!w) return null;
      const log = w.__benchMap.log;
      return log.length ? log[log.length - 1] : null;
    };
    B.mark = (m) => { const w = mapWindow(); if (w) w.__benchMarker = m; };
    B.hasMark = (m) => { const w = mapWindow(); return !!w && w.__benchMarker === m; };
  } else {
    // A component iframe starts as about:blank and keeps its window object when it navigates
    // to the component page, so the map frame is recognised (and instrumented) once it has
    // navigated there.
    const install = () => {
      if (location.pathname.indexOf("/component/streamlit_folium.st_folium/") === -1) {
        if (location.href !== "about:blank") clearInterval(timer); // some other frame
        return;
      }
      if (document.__benchInstalled) return;
      document.__benchInstalled = true;
      clearInterval(timer);
      instrumentMap();
    };
    const timer = setInterval(install, 5);
    install();
  }

  function instrumentMap() {
    const M = (window.__benchMap = { created: now(), log: [] });
    let pending = false;
    let lastKey = null;
    const sample = () => {
      pending = false;
      const pane = document.querySelector(".leaflet-serambi-data-pane")
        || document.querySelector(".leaflet-overlay-pane");
      if (!pane) return;
      const paths = pane.querySelectorAll("path.leaflet-interactive");
      let h = 2166136261 >>> 0; // FNV-1a over the fill colours, in DOM order
      for (const p of paths) {
        const f = p.getAttribute("fill") || "";
        for (let i = 0; i < f.length; i++) {
          h ^= f.charCodeAt(i);
          h = Math.imul(h, 16777619) >>> 0;
        }
        h ^= 59;
        h = Math.imul(h, 16777619) >>> 0;
      }
      const c = document.querySelector("[data-serambi-layer]");
      const layer = c ? c.getAttribute("data-serambi-layer") : "";
      const key = paths.length + ":" + h + ":" + layer;
      if (key !== lastKey) {
        lastKey = key;
        M.log.push({ t: now(), n: paths.length, sig: h, layer: layer });
      }
    };
    new MutationObserver(() => {
      if (!pending) {
        pending = true;
        requestAnimationFrame(sample);
      }
    }).observe(document, {
      subtree: true, childList: true, attributes: true,
      attributeFilter: ["fill", "data-serambi-layer"],
    });
  }
})();
