// The browser half of LeafletMap.java. The server sends its whole state (or what changed) as one JSON
// batch through applyState(); the map answers with typed DOM events. Texts from the server are always
// set with textContent, never as HTML: area names are data, not markup.
import { LitElement, css, html, unsafeCSS } from 'lit';
// 'import L from' (not 'import * as L'): markercluster extends the default export under Vite.
import L from 'leaflet';
import 'leaflet.markercluster';
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import clusterCss from 'leaflet.markercluster/dist/MarkerCluster.css?inline';
import clusterDefaultCss from 'leaflet.markercluster/dist/MarkerCluster.Default.css?inline';

type Box = { south: number; west: number; north: number; east: number };
type LayerDef = { id: string; kind: 'POINTS' | 'DRAGGABLE_POINTS' | 'OUTLINES' | 'AREAS'; label: string; cssClass: string;
  visible: boolean; color?: string; weight?: number; size?: number };
// A look as data: class list (space-separated), shape, colour, size. The stylesheet is built from these alone.
type Style = { cssClass: string; shape: 'DOT' | 'SQUARE' | 'RING' | 'LINE' | 'FILL'; color: string; size: number; dashed: boolean };
// [colour, label] per area code
type Fill = [string, string];
// [lat, lng, count, south, west, north, east]
type Cluster = [number, number, number, number, number, number, number];
// [id, lat, lng, label, style class (optional: else the layer's)]
/** id, lat, lng, label (a tooltip), style class, badge (a short text drawn on the marker, e.g. a stop's number). */
type Point = [string, number, number, string, (string | null)?, string?];
type LayerData = { id: string; clusters?: Cluster[]; points?: Point[]; geojson?: any; fills?: Record<string, Fill>; noData?: Fill; fit?: boolean };
type State = {
  tiles?: { url: string; attribution: string };
  view?: { lat: number; lng: number; zoom: number };
  fit?: Box;
  layers?: LayerDef[];
  styles?: Style[];
  data?: Record<string, LayerData>;
  legend?: { title: string; entries: [string, string][] };
  pick?: boolean;
  draw?: boolean;
};

class DsjsLeafletMap extends LitElement {
  static styles = [
    unsafeCSS(leafletCss),
    unsafeCSS(clusterCss),
    unsafeCSS(clusterDefaultCss),
    css`
      :host { display: block; position: relative; min-height: 200px; }
      #map { position: absolute; inset: 0; background: #e8eef1; font: inherit; }
      .map-cluster {
        display: flex; align-items: center; justify-content: center; border-radius: 50%;
        background: rgba(0, 105, 180, 0.85); color: #fff; font-weight: 600; font-size: 12px;
        border: 2px solid #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.4); cursor: pointer;
      }
      .map-point {
        width: 10px; height: 10px; border-radius: 50%; background: #0069b4; border: 1.5px solid #fff;
        box-shadow: 0 0 2px rgba(0, 0, 0, 0.6); box-sizing: border-box;
      }
      .map-badge { display: flex; width: 100%; height: 100%; align-items: center; justify-content: center;
        color: #fff; font-weight: 700; font-size: 11px; line-height: 1; }
      .marker-cluster-small, .marker-cluster-medium, .marker-cluster-large { background-color: rgba(228, 87, 46, 0.35); }
      .marker-cluster-small div, .marker-cluster-medium div, .marker-cluster-large div {
        background-color: rgba(228, 87, 46, 0.9); color: #fff; font-weight: 600;
      }
      .map-legend { background: rgba(255, 255, 255, 0.92); padding: 6px 10px; border-radius: 6px; line-height: 1.6;
        box-shadow: 0 1px 4px rgba(0, 0, 0, 0.3); font-size: 12px; }
      .map-legend .title { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; cursor: pointer; }
      .map-legend .title::after { content: ' ▾'; }
      .map-legend.collapsed .title::after { content: ' ▸'; }
      .map-legend.collapsed > div { display: none; }
      .map-legend .swatch { display: inline-block; width: 12px; height: 12px; margin-right: 6px; vertical-align: middle; }
      .swatch.map-cluster { width: 14px; height: 14px; border: 1px solid #fff; }
      .map-legend .swatch { box-sizing: border-box; }
      .leaflet-interactive.map-area:focus { outline: none; }
      @media (max-width: 600px) {
        .map-legend { font-size: 11px; padding: 4px 6px; line-height: 1.4; }
      }
    `,
  ];

  private map?: L.Map;
  private tileLayer?: L.TileLayer;
  private layerControl?: L.Control.Layers;
  private legendControl?: L.Control;
  private defs = new Map<string, LayerDef>();
  private styleSheet = new CSSStyleSheet();
  private groups = new Map<string, L.LayerGroup>();
  private queued: State[] = [];
  private reported = false;
  private picking = false;
  private drawing?: { points: L.LatLng[]; line: L.Polyline };

  render() {
    return html`<div id="map"></div>`;
  }

  firstUpdated() {
    const root = this.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.styleSheet];
    const container = this.renderRoot.querySelector('#map') as HTMLElement;
    this.map = L.map(container, { zoomControl: true, maxZoom: 18, minZoom: 4 }).setView([-2.5, 118], 5);
    L.control.scale({ imperial: false }).addTo(this.map);
    this.map.on('moveend', () => this.fireViewport());
    this.map.on('click', (e: L.LeafletMouseEvent) => {
      if (this.drawing) {
        this.addVertex(e);
        return;
      }
      if (!this.picking) return;
      this.setPicking(false);
      this.dispatchEvent(new CustomEvent('map-click', { detail: { lat: e.latlng.lat, lng: e.latlng.lng } }));
    });
    this.map.on('overlayadd overlayremove', (e: any) => {
      const id = (e.layer as any).dsjsLayerId as string | undefined;
      if (id) {
        this.dispatchEvent(new CustomEvent('map-layer-toggle', { detail: { layer: id, visible: e.type === 'overlayadd' } }));
      }
    });
    // The host may get its size after first render (drawer, flex layout): keep Leaflet's idea in sync.
    new ResizeObserver(() => this.map?.invalidateSize()).observe(this);
    const queued = this.queued;
    this.queued = [];
    queued.forEach((s) => this.apply(s));
  }

  /** Called by the server with one JSON batch per round trip. */
  applyState(json: string) {
    const state = JSON.parse(json) as State;
    if (!this.map) {
      this.queued.push(state);
    } else {
      this.apply(state);
    }
  }

  private apply(s: State) {
    const map = this.map!;
    if (s.tiles) this.setTiles(s.tiles.url, s.tiles.attribution);
    if (s.styles) this.setStyles(s.styles);
    if (s.layers) this.setLayers(s.layers);
    if (s.data) Object.values(s.data).forEach((d) => this.setData(d));
    if (s.legend) this.setLegend(s.legend.title, s.legend.entries);
    if (s.pick !== undefined) this.setPicking(s.pick);
    if (s.draw !== undefined) this.setDrawing(s.draw);
    // Server-driven moves are not animated: the view changes at once and 'moveend' reports it.
    if (s.view) map.setView([s.view.lat, s.view.lng], s.view.zoom, { animate: false });
    // maxZoom: a scope of a few points close together should not open at street level
    if (s.fit) map.fitBounds([[s.fit.south, s.fit.west], [s.fit.north, s.fit.east]], { padding: [16, 16], maxZoom: 13, animate: false });
    // The first report waits for the first state, so the server never loads data for a view that a fit
    // is about to replace; should no 'moveend' have come (the view was already right), report now.
    if (!this.reported) this.fireViewport();
  }

  private setPicking(picking: boolean) {
    this.picking = picking;
    this.map!.getContainer().style.cursor = picking ? 'crosshair' : '';
  }

  /** Polygon drawing: each click adds a corner; a click on the first corner (or a double click) closes it. */
  private setDrawing(on: boolean) {
    const map = this.map!;
    this.drawing?.line.remove();
    this.drawing = on ? { points: [], line: L.polyline([], { color: '#5b3cc4', weight: 2, dashArray: '4 4' }).addTo(map) } : undefined;
    map.getContainer().style.cursor = on ? 'crosshair' : '';
    if (on) map.doubleClickZoom.disable();
    else map.doubleClickZoom.enable();
  }

  private addVertex(e: L.LeafletMouseEvent) {
    const d = this.drawing!;
    const first = d.points[0];
    const closes = first && d.points.length >= 3
      && this.map!.latLngToContainerPoint(first).distanceTo(e.containerPoint) < 12;
    if (closes || (e.originalEvent.detail >= 2 && d.points.length >= 3)) {
      const ring = d.points.map((p) => [p.lat, p.lng]);
      ring.push([first.lat, first.lng]);
      this.setDrawing(false);
      this.dispatchEvent(new CustomEvent('map-polygon-drawn', { detail: { ring: JSON.stringify(ring) } }));
      return;
    }
    d.points.push(e.latlng);
    d.line.setLatLngs(d.points);
  }

  private fireViewport() {
    this.reported = true;
    const map = this.map!;
    const b = map.getBounds();
    this.dispatchEvent(new CustomEvent('map-viewport-change', {
      detail: { south: b.getSouth(), west: b.getWest(), north: b.getNorth(), east: b.getEast(), zoom: map.getZoom() },
    }));
  }

  private setTiles(url: string, attribution: string) {
    this.tileLayer?.remove();
    this.tileLayer = undefined;
    if (url) {
      // Without a reachable tile server the tiles simply fail; points and outlines still draw.
      this.tileLayer = L.tileLayer(url, { maxZoom: 19, attribution: escapeHtml(attribution) }).addTo(this.map!);
    }
  }

  private setLayers(defs: LayerDef[]) {
    const map = this.map!;
    this.layerControl?.remove();
    this.layerControl = L.control.layers(undefined, undefined, { collapsed: true });
    for (const def of defs) {
      this.defs.set(def.id, def);
      let group = this.groups.get(def.id);
      if (!group) {
        group = def.kind === 'OUTLINES' ? this.outlineGroup(def) : def.kind === 'AREAS' ? this.areaGroup(def) : L.layerGroup();
        (group as any).dsjsLayerId = def.id;
        this.groups.set(def.id, group);
      }
      if (def.visible && !map.hasLayer(group)) group.addTo(map);
      if (!def.visible && map.hasLayer(group)) group.remove();
      this.layerControl.addOverlay(group, escapeHtml(def.label));
    }
    this.layerControl.addTo(map);
  }

  private outlineGroup(def: LayerDef): L.GeoJSON {
    return L.geoJSON(undefined, {
      style: () => ({ color: def.color || '#3b4a9f', weight: def.weight || 1.5, fill: false }),
      onEachFeature: (feature, layer) => layer.bindTooltip(textNode(feature.properties?.name ?? ''), { sticky: true }),
    });
  }

  /** A choropleth: each feature filled as the server said for its code; points (no outline known) as circles. */
  private areaGroup(def: LayerDef): L.GeoJSON {
    const group = L.geoJSON(undefined, {
      style: (feature) => this.areaStyle(def.id, feature),
      pointToLayer: (feature, at) => L.circleMarker(at, { ...this.areaStyle(def.id, feature), radius: 11 }),
      onEachFeature: (feature, layer) => {
        const fill = this.fillOf(def.id, feature);
        layer.bindTooltip(textNode(`${feature.properties?.name ?? ''}: ${fill[1]}`), { sticky: true });
        layer.on('click', () => this.dispatchEvent(new CustomEvent('map-area-click',
          { detail: { layer: def.id, code: String(feature.properties?.code ?? '') } })));
      },
    });
    return group;
  }

  private fills = new Map<string, { fills: Record<string, Fill>; noData: Fill }>();

  private fillOf(layer: string, feature?: any): Fill {
    const f = this.fills.get(layer);
    const code = feature?.properties?.code;
    return (f && code && f.fills[code]) || f?.noData || ['#cccccc', ''];
  }

  private areaStyle(layer: string, feature?: any): L.PathOptions {
    const color = safeColor(this.fillOf(layer, feature)[0]);
    return { fillColor: color, fillOpacity: 0.8, color: '#ffffff', weight: 1, opacity: 1, className: 'map-area' };
  }

  private setData(d: LayerData) {
    const group = this.groups.get(d.id);
    if (!group) return;
    group.clearLayers();
    if (d.fills) this.fills.set(d.id, { fills: d.fills, noData: d.noData ?? ['#cccccc', ''] });
    if (d.geojson) {
      (group as L.GeoJSON).addData(d.geojson);
      const bounds = (group as L.GeoJSON).getBounds();
      if (d.fit && bounds.isValid()) this.map!.fitBounds(bounds, { padding: [12, 12], maxZoom: 12, animate: false });
      return;
    }
    for (const c of d.clusters ?? []) group.addLayer(this.clusterMarker(c));
    if (d.points && this.defs.get(d.id)?.kind === 'DRAGGABLE_POINTS') {
      for (const p of d.points) group.addLayer(this.pointMarker(d.id, p, true));
    } else if (d.points && d.points.length) {
      // Close in, single points go through markercluster: overlapping points spiderfy on click.
      const spider = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 30, spiderfyOnMaxZoom: true });
      for (const p of d.points) spider.addLayer(this.pointMarker(d.id, p));
      group.addLayer(spider);
    }
  }

  private clusterMarker(c: Cluster): L.Marker {
    const [lat, lng, count, south, west, north, east] = c;
    const size = Math.round(Math.min(56, 22 + Math.log10(count) * 10));
    const el = document.createElement('div');
    el.className = 'map-cluster';
    el.style.width = el.style.height = `${size}px`;
    el.textContent = count >= 10000 ? `${Math.round(count / 1000)}k` : String(count);
    const marker = L.marker([lat, lng], {
      icon: L.divIcon({ html: el, className: '', iconSize: [size, size] }),
      keyboard: true,
      title: String(count),
    });
    marker.on('click', () => {
      const map = this.map!;
      const bounds = L.latLngBounds([south, west], [north, east]);
      // A cell whose points share nearly one spot cannot be fitted: zoom in around it instead.
      if (bounds.getNorthEast().distanceTo(bounds.getSouthWest()) < 50) map.setView([lat, lng], map.getZoom() + 2);
      else map.fitBounds(bounds, { padding: [24, 24], maxZoom: Math.max(map.getZoom() + 1, map.getBoundsZoom(bounds)) });
    });
    return marker;
  }

  private pointMarker(layer: string, p: Point, draggable = false): L.Marker {
    const [id, lat, lng, label, styleClass, badge] = p;
    const def = this.defs.get(layer);
    const size = def?.size || (draggable ? 18 : 10);
    let html: HTMLElement | undefined;
    if (badge) {
      html = document.createElement('span');
      html.className = 'map-badge';
      html.textContent = badge; // text, never markup
    }
    const marker = L.marker([lat, lng], {
      icon: L.divIcon({ className: styleClass || def?.cssClass || 'map-point', iconSize: [size, size], html }),
      title: label, // an attribute: the browser treats it as text
      keyboard: true,
      draggable,
    });
    marker.on('click', () => this.dispatchEvent(new CustomEvent('map-point-click', { detail: { layer, id } })));
    marker.on('dragend', () => {
      const at = marker.getLatLng();
      this.dispatchEvent(new CustomEvent('map-point-drag', { detail: { layer, id, lat: at.lat, lng: at.lng } }));
    });
    return marker;
  }

  /** The stylesheet from style data: only checked class names, colours and numbers go into it. */
  private setStyles(styles: Style[]) {
    const rules: string[] = [];
    for (const st of styles) {
      const classes = st.cssClass.split(' ');
      if (!classes.every((c) => /^[a-z][a-z0-9-]*$/.test(c)) || !COLOR.test(st.color)) continue;
      const size = Math.max(0, Math.min(64, Number(st.size) || 0));
      const sel = classes.map((c) => '.' + c).join('');
      const line = st.dashed ? 'dashed' : 'solid';
      switch (st.shape) {
        case 'DOT':
          rules.push(`${sel} { width: ${size}px; height: ${size}px; border-radius: 50%; background: ${st.color};
            border: 1.5px solid #fff; box-shadow: 0 0 2px rgba(0,0,0,0.6); box-sizing: border-box; }`);
          break;
        case 'SQUARE':
          rules.push(`${sel} { width: ${size}px; height: ${size}px; border-radius: 4px; background: ${st.color};
            border: 2px solid #fff; box-shadow: 0 0 3px rgba(0,0,0,0.6); box-sizing: border-box; }`);
          rules.push(`.swatch${sel} { width: 12px; height: 12px; border-width: 1px; }`);
          break;
        case 'RING':
          rules.push(`${sel} { width: ${size}px; height: ${size}px; border-radius: 50%; background: transparent;
            border: 3px ${line} ${st.color}; box-sizing: border-box; }`);
          rules.push(`.swatch${sel} { width: 12px; height: 12px; border-width: 2px; }`);
          break;
        case 'LINE':
          rules.push(`.swatch${sel} { border: ${Math.max(1, Math.min(4, size))}px ${line} ${st.color}; background: transparent; }`);
          break;
        case 'FILL':
          rules.push(`${sel} { background: ${st.color}; ${st.dashed ? 'border: 1px dashed #666;' : ''} }`);
          break;
      }
    }
    this.styleSheet.replaceSync(rules.join('\n'));
  }

  private setLegend(title: string, entries: [string, string][]) {
    this.legendControl?.remove();
    const Legend = L.Control.extend({
      onAdd: () => {
        // a long legend starts collapsed on small screens, where it would hide the map; the title opens and closes it
        const width = this.map!.getSize().x;
        const collapsed = width < 360 || (entries.length > 8 && width < 700);
        const box = L.DomUtil.create('div', 'map-legend' + (collapsed ? ' collapsed' : ''));
        const head = L.DomUtil.create('button', 'title', box);
        head.type = 'button';
        head.textContent = title;
        head.addEventListener('click', () => box.classList.toggle('collapsed'));
        L.DomEvent.disableClickPropagation(box);
        for (const [cssClass, label] of entries) {
          const row = L.DomUtil.create('div', '', box);
          L.DomUtil.create('span', `swatch ${cssClass}`, row);
          row.appendChild(document.createTextNode(label));
        }
        return box;
      },
    });
    this.legendControl = new Legend({ position: 'bottomright' });
    this.legendControl.addTo(this.map!);
  }
}

/** Leaflet treats a string tooltip as HTML; a text node keeps an area name a name. */
function textNode(text: string): HTMLElement {
  const el = document.createElement('span');
  el.textContent = text;
  return el;
}

const COLOR = /^#[0-9a-fA-F]{3,8}$/;

function safeColor(color: string): string {
  return COLOR.test(color) ? color : '#cccccc';
}

function escapeHtml(text: string): string {
  const el = document.createElement('span');
  el.textContent = text;
  return el.innerHTML;
}

customElements.define('dsjs-leaflet-map', DsjsLeafletMap);
