/* Serambi's map logic, loaded once per map iframe from /app/static/vendor (content-addressed
 * copy made by geo.web_assets.ensure_leaflet) or inlined in the offline HTML export.
 *
 * The Python side (geo.layers) only emits two short calls:
 *   serambi.base(map, cfg)              once per iframe: panes, context, IKN, KIPP, rings,
 *                                       Titik Nol, layer switch, scale bar;
 *   serambi.choropleth(map, group, s)   per indicator/year: restyles the one data layer
 *                                       (geometry loaded once and kept), labels, legend, badge.
 * so a change of indicator or year ships only compact values (see ChoroplethLayer), and the
 * browser neither re-parses geometry nor re-creates SVG paths.
 */
(function () {
  "use strict";
  var S = (window.serambi = window.serambi || {});
  S.cache = S.cache || {};
  S.dataLayers = S.dataLayers || {};
  S.controls = S.controls || [];

  var FOLD_PX = 900; // see S.base: the layer switch folds on a narrower map
  var ESC = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
  S.esc = function (value) {
    return String(value === null || value === undefined ? "" : value).replace(
      /[&<>"']/g,
      function (c) { return ESC[c]; }
    );
  };

  /* Synchronous on purpose: streamlit-folium evaluates layer code synchronously and wires its
   * click handler to the layers that exist right after. Files are local, content-addressed and
   * fetched once per tab. "file.json#key" returns one member of a bundled file. */
  S.load = function (src) {
    if (typeof src !== "string") { return src; }
    var hash = src.indexOf("#");
    var url = hash === -1 ? src : src.slice(0, hash);
    if (!S.cache[url]) {
      var xhr = new XMLHttpRequest();
      xhr.open("GET", url, false);
      xhr.send(null);
      if (xhr.status !== 200) { throw new Error("Serambi: cannot load " + url); }
      S.cache[url] = JSON.parse(xhr.responseText);
    }
    return hash === -1 ? S.cache[url] : S.cache[url][src.slice(hash + 1)];
  };

  /* "{0}" placeholders in an (already escaped) template, filled with escaped values. */
  S.fill = function (template, args) {
    return template.replace(/\{(\d+)\}/g, function (m, i) { return S.esc(args[+i]); });
  };

  S.base = function (map, cfg) {
    var panes = [["serambi-context", 300], ["serambi-data", 410], ["serambi-ikn", 450],
                 ["serambi-labels", 620]];
    panes.forEach(function (p) {
      if (!map.getPane(p[0])) { map.createPane(p[0]).style.zIndex = p[1]; }
    });
    map.getPane("serambi-ikn").style.pointerEvents = "none";
    map.getPane("serambi-labels").style.pointerEvents = "none";
    var overlays = {};
    if (cfg.context) {
      L.geoJSON(S.load(cfg.context), {
        pane: "serambi-context", interactive: false, style: cfg.styles.context
      }).addTo(map);
    }
    // The class names say which path is which (tests find the IKN area by "serambi-ikn-area").
    var ikn = L.layerGroup();
    L.geoJSON(S.load(cfg.ikn), { pane: "serambi-ikn", interactive: false, style: cfg.styles.ikn,
      className: "serambi-ikn-area" }).addTo(ikn);
    ikn.addTo(map);
    overlays[cfg.labels.ikn] = ikn;
    var kipp = L.layerGroup();
    L.geoJSON(S.load(cfg.kipp), { pane: "serambi-ikn", interactive: false, style: cfg.styles.kipp,
      className: "serambi-kipp" }).addTo(kipp);
    kipp.addTo(map);
    overlays[cfg.labels.kipp] = kipp;
    var rings = L.layerGroup();
    var ringData = S.load(cfg.rings);
    L.geoJSON(ringData, { pane: "serambi-ikn", interactive: false, style: cfg.styles.rings,
      className: "serambi-ring" }).addTo(rings);
    ringData.features.forEach(function (f) {
      // Placed on the ring east of Titik Nol (data_access / geo.ikn.RING_LABEL_AZIMUTHS), the
      // text starting just right of the ring line.
      L.marker([f.properties.label_lat, f.properties.label_lng], {
        pane: "serambi-labels", interactive: false,
        icon: L.divIcon({ className: "serambi-label serambi-ring-label",
                          html: "<span>" + S.esc(f.properties.label) + "</span>",
                          iconSize: [0, 0], iconAnchor: [0, 0] })
      }).addTo(rings);
    });
    rings.addTo(map);
    overlays[cfg.labels.rings] = rings;
    var titik = L.layerGroup();
    L.circleMarker(cfg.titikNol, { pane: "serambi-labels", radius: 7, color: "#fff", weight: 2,
      fillColor: "#5b2c83", fillOpacity: 1, interactive: false }).addTo(titik);
    L.marker(cfg.titikNol, { pane: "serambi-labels", interactive: false,
      icon: L.divIcon({ className: "serambi-label serambi-tn-label", iconSize: [0, 0],
        html: "<span>" + S.esc(cfg.labels.titik_nol) + "</span>" }) }).addTo(titik);
    titik.addTo(map);
    overlays[cfg.labels.titik_nol] = titik;
    // Expanded, the switch is ~330 px wide: on a map narrower than FOLD_PX (a 1366 or 1600 px
    // screen with the sidebar) it would cover Berau and Kutai Timur, so it folds into its icon
    // (opened by a tap or the pointer), as in presenter mode.
    var fold = !!cfg.collapseLayers || map.getSize().x < FOLD_PX;
    L.control.layers(null, overlays, { collapsed: fold, position: "topright" }).addTo(map);
    // The legend takes the bottom right (over the sea when the map is wide enough; otherwise
    // it folds, see fitLegend); the scale goes to the bottom left.
    L.control.scale({ imperial: false, position: "bottomleft" }).addTo(map);
    if (cfg.fit) { fitPreset(map, cfg.fit); }
    map.on("resize zoomend moveend", function () { fitLegend(map); });
    map.getContainer().setAttribute("data-serambi-base", "ready");
  };

  /* The "whole province" preset (the centre and zoom streamlit-folium sends for it) fits Kaltim
   * to the map's actual size instead, and again when the map is resized (presenter mode sizes
   * the map to the screen), so a projector shows the province as large as it fits. */
  function fitPreset(map, fit) {
    var plain = map.setView, fitting = false, onPreset = false;
    /* False while the map is smaller than the padding (the iframe is still being sized):
     * fitBounds would then compute a NaN zoom and leave the map without a valid view, so it
     * draws no regions and ignores clicks. The "resize" handler below fits it later. */
    function refit() {
      var size = map.getSize();
      if (!(size.x > 24 && size.y > 24)) { return false; }
      fitting = true;
      try { map.fitBounds(fit.bounds, { animate: false, padding: [6, 6] }); }
      finally { fitting = false; }
      return true;
    }
    function isPreset(center, zoom) {
      if (!center || zoom !== fit.zoom) { return false; }
      var c = L.latLng(center);
      return Math.abs(c.lat - fit.center[0]) < 1e-6 && Math.abs(c.lng - fit.center[1]) < 1e-6;
    }
    map.setView = function (center, zoom, options) {
      if (!fitting) {
        onPreset = isPreset(center, zoom);
        if (onPreset && refit()) { return map; }
      }
      return plain.call(map, center, zoom, options);
    };
    map.on("resize", function () { if (onPreset) { refit(); } });
    // The container can change size without a window resize (the stylesheet that sizes it
    // arrives after the map is made): tell Leaflet, which then fires "resize" above.
    if (window.ResizeObserver) {
      new ResizeObserver(function () { map.invalidateSize({ pan: false }); })
        .observe(map.getContainer());
    }
  }

  /* A region label; the three cities get a leader line from their centre to a label offset by
   * [dx, dy] screen pixels (geo.layers.CITY_LEADERS), so they never sit on each other, on
   * Titik Nol or on the ring labels, at any zoom. */
  function labelIcon(lab, px) {
    var name = S.esc(lab[2]);
    var dx = lab[4] || 0, dy = lab[5] || 0;
    var style = "font-size:" + px + "px";
    if (!dx && !dy) {
      return L.divIcon({ className: "serambi-label" + (lab[3] ? " kota" : ""), iconSize: [0, 0],
        iconAnchor: [0, 0], html: '<span class="c" style="' + style + '">' + name + "</span>" });
    }
    var left = dx >= 0;
    var svg = '<svg class="leader" width="1" height="1" aria-hidden="true">' +
      '<line x1="0" y1="0" x2="' + dx + '" y2="' + dy + '"/><circle cx="0" cy="0" r="3"/></svg>';
    var pos = "position:absolute;top:" + dy + "px;" +
      (left ? "left:" + (dx + 3) + "px" : "right:" + (-dx + 3) + "px") +
      ";transform:translateY(-50%);" + style;
    return L.divIcon({ className: "serambi-label kota", iconSize: [0, 0], iconAnchor: [0, 0],
      html: svg + '<span class="t" style="' + pos + '">' + name + "</span>" });
  }

  /* Regions without data are hatched (grey stripes), as in the legend and the picture export,
   * so "no data" never reads as a pale class colour. The pattern lives in the data pane's SVG. */
  var HATCH_ID = "serambi-hatch", HATCH_FILL = "url(#" + HATCH_ID + ")";
  function ensureHatch(map) {
    var svg = map.getContainer().querySelector(".leaflet-serambi-data-pane svg");
    if (!svg || svg.querySelector("#" + HATCH_ID)) { return; }
    var NS = "http://www.w3.org/2000/svg";
    var defs = document.createElementNS(NS, "defs");
    var pattern = document.createElementNS(NS, "pattern");
    pattern.setAttribute("id", HATCH_ID);
    pattern.setAttribute("patternUnits", "userSpaceOnUse");
    pattern.setAttribute("width", "8");
    pattern.setAttribute("height", "8");
    pattern.setAttribute("patternTransform", "rotate(45)");
    var back = document.createElementNS(NS, "rect");
    back.setAttribute("width", "8");
    back.setAttribute("height", "8");
    back.setAttribute("fill", "#f0f0f0");
    var stripe = document.createElementNS(NS, "rect");
    stripe.setAttribute("width", "3.5");
    stripe.setAttribute("height", "8");
    stripe.setAttribute("fill", "#a8a8a8");
    pattern.appendChild(back);
    pattern.appendChild(stripe);
    defs.appendChild(pattern);
    svg.insertBefore(defs, svg.firstChild);
  }

  /* Row of spec.rows: [palette index, flags, template index, ...template values].
   * Flags: 1 city, 2 no data, 4 selected. */
  function styleOf(feature) {
    var spec = S.spec;
    var row = spec && spec.rows[feature.properties[spec.idKey]];
    var id = feature.properties[spec ? spec.idKey : "kode_bps"];
    var className = "serambi-region-" + id; // used by tests; set when the path is created
    if (!row) {
      return { fillColor: HATCH_FILL, fillOpacity: 0.9, color: "#555",
               weight: 1.2, dashArray: "4 4", className: className };
    }
    var noData = row[1] & 2, selected = row[1] & 4;
    return { fillColor: noData ? HATCH_FILL : spec.pal[row[0]], fillOpacity: noData ? 0.9 : 0.88,
             color: selected ? "#000" : "#555", weight: selected ? 4 : spec.weight,
             dashArray: noData ? "4 4" : null, className: className };
  }

  function tooltipOf(layer) {
    var spec = S.spec;
    var props = (layer.feature && layer.feature.properties) || {};
    var row = spec && spec.rows[props[spec.idKey]];
    if (!row) { return "<b>" + S.esc(props.nama) + "</b>"; }
    return S.fill(spec.tpl[row[2]], row.slice(3));
  }

  /* True if the box of ``el`` lies over a region of the data layer or over a map label.
   * Regions are hit-tested at a grid of points (their real outlines, not their bounding boxes:
   * a legend over the sea beside a coast is fine); labels by their boxes. */
  function coversMap(map, el) {
    var box = el.getBoundingClientRect();
    if (!(box.width > 1 && box.height > 1)) { return false; }
    var container = map.getContainer();
    var labels = container.querySelectorAll(".serambi-label span, .serambi-label svg");
    for (var k = 0; k < labels.length; k++) {
      var r = labels[k].getBoundingClientRect();
      if (r.width > 0 && r.left < box.right && r.right > box.left && r.top < box.bottom &&
          r.bottom > box.top) { return true; }
    }
    var N = 9;
    for (var i = 0; i < N; i++) {
      for (var j = 0; j < N; j++) {
        var x = box.left + (i + 0.5) * box.width / N, y = box.top + (j + 0.5) * box.height / N;
        var stack = document.elementsFromPoint(x, y);
        for (var n = 0; n < stack.length; n++) {
          var e = stack[n];
          if (e.tagName === "path" && e.closest(".leaflet-serambi-data-pane")) { return true; }
        }
      }
    }
    return false;
  }

  /* The legend stays open where it covers no region and no label (over the sea of a wide map)
   * and folds into its title otherwise (a 1366 px screen with the sidebar: it covered Penajam
   * Paser Utara, the IKN area, Balikpapan and Samarinda). A click on the title opens or folds
   * it, and that choice then holds for the rest of the visit (every indicator and year). */
  function fitLegend(map) {
    var legend = map.getContainer().querySelector("details.serambi-legend");
    if (!legend) { return; }
    var open = S.legendOpen;
    if (open === undefined) {
      legend.open = true;  // measured open; no paint happens before the final state is set
      open = !coversMap(map, legend);
    }
    legend.open = open;
    legend.setAttribute("data-serambi-folded", open ? "0" : "1");
  }

  function setControls(map, spec) {
    S.controls.forEach(function (c) { c.remove(); });
    S.controls = [];
    if (spec.legend) {  // null: the legend is drawn beside the map
      var legend = L.control({ position: "bottomright" });
      legend.onAdd = function () {
        var d = L.DomUtil.create("div");
        d.innerHTML = spec.legend;
        L.DomEvent.disableClickPropagation(d);
        var summary = d.querySelector("details.serambi-legend > summary");
        if (summary) {  // a click (or Enter) on the title: the user's choice from now on
          L.DomEvent.on(summary, "click", function () {
            S.legendOpen = !summary.parentNode.open;
          });
        }
        return d;
      };
      legend.addTo(map);
      S.controls.push(legend);
      fitLegend(map);
    }
    if (spec.notice) {  // e.g. "tidak ada data 2017" during a time playback: mid-map
      var notice = L.DomUtil.create("div", "serambi-notice-wrap", map.getContainer());
      notice.innerHTML = spec.notice;
      S.controls.push({ remove: function () { L.DomUtil.remove(notice); } });
    }
    if (spec.badge) {
      var badge = L.control({ position: "topleft" });
      badge.onAdd = function () {
        var d = L.DomUtil.create("div");
        d.innerHTML = spec.badge;
        return d;
      };
      badge.addTo(map);
      S.controls.push(badge);
    }
  }

  S.choropleth = function (map, group, spec) {
    S.spec = spec;
    var layer = S.dataLayers[spec.src];
    if (!layer) {
      layer = L.geoJSON(S.load(spec.src), { pane: "serambi-data", style: styleOf });
      layer.bindTooltip(tooltipOf, { sticky: true, className: "serambi-tip" });
      S.dataLayers[spec.src] = layer;
    } else {
      layer.setStyle(styleOf);
    }
    Object.keys(S.dataLayers).forEach(function (src) {
      if (src !== spec.src && map.hasLayer(S.dataLayers[src])) {
        map.removeLayer(S.dataLayers[src]);
      }
    });
    if (!map.hasLayer(layer)) { layer.addTo(map); }
    ensureHatch(map);
    layer.eachLayer(function (l) {
      var row = spec.rows[l.feature.properties[spec.idKey]];
      if (row && row[1] & 4) { l.bringToFront(); }
    });
    (spec.labels || []).forEach(function (lab) {
      L.marker([lab[0], lab[1]], { pane: "serambi-labels", interactive: false, keyboard: false,
        icon: labelIcon(lab, spec.labelPx)
      }).addTo(group);
    });
    // Titik Nol's and the rings' labels follow the region labels' size (larger when presenting).
    map.getContainer().style.setProperty("--serambi-label-px", spec.labelPx + "px");
    setControls(map, spec);
    map.getContainer().setAttribute("data-serambi-layer", spec.key);
  };
})();
