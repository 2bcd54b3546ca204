// The workflow canvas: an editor for quality officers and a read-only instance view on the case page.
// The definition JSON is the contract with .NET (WorkflowDefinition in the Rules module); the canvas only draws it.
import { Graph, History, Selection, Keyboard, Rectangle } from '@antv/x6';
import dagre from '@dagrejs/dagre';

const NODE = { width: 180, height: 64 };
const LABEL = { fontSize: 12, lineHeight: 18 };
// A version comparison colours what was added and what changed (the list beside it says the same in words).
const CHANGE = { Added: { stroke: '#2e7d32', fill: '#e8f5e9' }, Changed: { stroke: '#e65100', fill: '#fff3e0' } };
const COLORS = { stroke: '#5f6b7a', fill: '#ffffff', final: '#e8f0fe', current: '#ffb74d', path: '#c8e6c9', selected: '#1976d2' };
/** A state's fill and border say its kind: being handled (white), waiting (light amber), closed (light blue, thick). */
const CATEGORY = { open: { fill: COLORS.fill, width: 1.5 }, waiting: { fill: '#fff4d6', width: 1.5 }, closed: { fill: COLORS.final, width: 3 } };
const categoryOf = (state) => CATEGORY[state?.category] ? state.category : 'open';

// A state's label with the terms its entry starts, in the reader's words. Without them (a trigger this version of the
// app does not know) the state says that terms start, never the trigger's code.
function stateText(label, entryTrigger, triggers = {}) {
  if (!entryTrigger) return label;
  const trigger = triggers[entryTrigger];
  return `${label}\n${trigger ? `start: ${trigger.replace(/ \(.*\)$/, '')}` : 'start termijnen'}`;
}

function nodeConfig(state, triggers) {
  return {
    id: state.id,
    shape: 'rect',
    x: state.x ?? 0,
    y: state.y ?? 0,
    width: NODE.width,
    height: NODE.height,
    zIndex: 1,
    data: { label: state.label, category: categoryOf(state), entryTrigger: state.entryTrigger ?? null },
    attrs: {
      body: { rx: 10, ry: 10, stroke: COLORS.stroke, strokeWidth: CATEGORY[categoryOf(state)].width, fill: CATEGORY[categoryOf(state)].fill },
      label: { text: stateText(state.label, state.entryTrigger, triggers), fontSize: 13, fill: '#1f2933', textWrap: { width: -16, height: -8, ellipsis: true } },
    },
    ports: {
      groups: { side: { position: 'absolute', attrs: { circle: { r: 5, magnet: true, stroke: COLORS.stroke, fill: '#fff', strokeWidth: 1 } } } },
      items: [
        { id: 'right', group: 'side', args: { x: '100%', y: '50%' } },
        { id: 'left', group: 'side', args: { x: 0, y: '50%' } },
        { id: 'top', group: 'side', args: { x: '50%', y: 0 } },
        { id: 'bottom', group: 'side', args: { x: '50%', y: '100%' } },
      ],
    },
  };
}

// A guard in the officer's words (guards: expression → sentence, from .NET); the expression itself is never shown.
function edgeLabel(data, labels, guards) {
  const action = labels[data.action] ?? (data.action || '⚠ geen actie');
  return data.guard ? `${action}\n[${guards[data.guard] ?? 'met voorwaarde'}]` : action;
}

// A label on a white ground: where it crosses a line it stays legible.
function edgeLabels(text) {
  return [{ attrs: { label: { text, fontSize: LABEL.fontSize, fill: '#1f2933' }, body: { fill: '#ffffff', stroke: 'none', rx: 3, ry: 3 } }, position: { distance: 0.5 } }];
}

function edgeConfig(transition, labels, index, guards) {
  const data = { action: transition.action ?? '', guard: transition.guard ?? null };
  return {
    id: `t${index}-${transition.from}-${transition.to}-${transition.action}`,
    shape: 'edge',
    source: { cell: transition.from },
    target: { cell: transition.to },
    data,
    router: { name: 'manhattan' },
    connector: { name: 'rounded' },
    attrs: { line: { stroke: COLORS.stroke, strokeWidth: 1.5, targetMarker: 'classic' } },
    labels: edgeLabels(edgeLabel(data, labels, guards)),
    // Above the states: an action's name longer than its edge would otherwise disappear under the boxes it joins.
    zIndex: 2,
  };
}

function load(graph, definition, labels, triggers, guards) {
  graph.fromJSON({
    nodes: definition.states.map((state) => nodeConfig(state, triggers)),
    edges: definition.transitions.map((t, i) => edgeConfig(t, labels, i, guards)),
  });
  layout(graph);
}

/**
 * The graph lives in a box of its own inside the container: X6 fixes its box's size in pixels, while the container's
 * size follows the page (CSS). Whenever the container changes size, the graph takes it and shows the whole diagram.
 */
function graphIn(container, interactive) {
  const box = document.createElement('div');
  container.replaceChildren(box);
  const graph = createGraph(box, container, interactive);
  const fit = () => {
    graph.resize(container.clientWidth, container.clientHeight);
    // Dagre's area holds the edge labels too, which the cells' own bounding box leaves out.
    const cells = graph.getContentBBox();
    const area = graph.layoutArea ? cells.union(graph.layoutArea) : cells;
    graph.zoomToFit({ padding: 16, maxScale: 1.2, contentArea: area });
  };
  const observer = new ResizeObserver(fit);
  observer.observe(container);
  return { graph, fit, stop: () => observer.disconnect() };
}

function toDefinition(graph, name, initialState) {
  const states = graph.getNodes().map((node) => {
    const { x, y } = node.getPosition();
    const data = node.getData() ?? {};
    const state = { id: node.id, label: data.label ?? node.id, x: Math.round(x), y: Math.round(y) };
    state.category = categoryOf(data);
    if (data.entryTrigger) state.entryTrigger = data.entryTrigger;
    return state;
  });
  const transitions = graph.getEdges().map((edge) => {
    const data = edge.getData() ?? {};
    const transition = { from: edge.getSourceCellId(), to: edge.getTargetCellId(), action: data.action ?? '' };
    if (data.guard) transition.guard = data.guard;
    return transition;
  }).filter((t) => t.from && t.to);
  return { name, initialState, states, transitions };
}

const textWidth = (text) => text.split('\n').reduce((widest, line) => Math.max(widest, line.length), 0) * LABEL.fontSize * 0.6 + 12;

/** How far along the polyline a point lies, as a fraction of its length: where X6 puts a label. */
function fractionAlong(points, target) {
  let length = 0; let best = { distance: Infinity, at: 0 };
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1], points[i]];
    const segment = Math.hypot(b.x - a.x, b.y - a.y);
    const t = segment === 0 ? 0 : Math.max(0, Math.min(1, ((target.x - a.x) * (b.x - a.x) + (target.y - a.y) * (b.y - a.y)) / (segment * segment)));
    const distance = Math.hypot(a.x + t * (b.x - a.x) - target.x, a.y + t * (b.y - a.y) - target.y);
    if (distance < best.distance) best = { distance, at: length + t * segment };
    length += segment;
  }
  return length === 0 ? 0.5 : best.at / length;
}

/**
 * Top to bottom in a tall box, left to right in a wide one (the case page's strip). Dagre places each edge's label as a node of its own, so labels get room
 * between the states and never overlap; each edge then follows dagre's route with its label where dagre put it.
 */
function layout(graph) {
  const { clientWidth: width, clientHeight: height } = graph.container;
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: width > 1.6 * height ? 'LR' : 'TB', nodesep: 40, edgesep: 24, ranksep: 36, marginx: 20, marginy: 20 });
  g.setDefaultEdgeLabel(() => ({}));
  graph.getNodes().forEach((node) => g.setNode(node.id, { width: NODE.width, height: NODE.height }));
  const edges = graph.getEdges().filter((e) => e.getSourceCellId() && e.getTargetCellId());
  edges.forEach((edge) => {
    const text = edge.getLabelAt(0)?.attrs?.label?.text ?? '';
    g.setEdge(edge.getSourceCellId(), edge.getTargetCellId(), { width: textWidth(text), height: LABEL.lineHeight, labelpos: 'c' }, edge.id);
  });
  dagre.layout(g);
  graph.startBatch('layout');
  g.nodes().forEach((id) => {
    const position = g.node(id);
    graph.getCellById(id)?.position(position.x - NODE.width / 2, position.y - NODE.height / 2);
  });
  edges.forEach((edge) => {
    const routed = g.edge({ v: edge.getSourceCellId(), w: edge.getTargetCellId(), name: edge.id });
    if (!routed?.points) return;
    edge.setRouter('normal');
    edge.setVertices(routed.points.slice(1, -1));
    const label = edge.getLabelAt(0);
    if (label) edge.setLabelAt(0, { ...label, position: { distance: fractionAlong(routed.points, { x: routed.x, y: routed.y }) } });
  });
  graph.stopBatch('layout');
  graph.layoutArea = new Rectangle(0, 0, g.graph().width, g.graph().height);
}

function createGraph(box, container, interactive) {
  return new Graph({
    container: box,
    width: container.clientWidth,
    height: container.clientHeight,
    background: { color: '#fafafa' },
    grid: interactive ? { size: 10, visible: true } : false,
    panning: true,
    mousewheel: { enabled: true, modifiers: ['ctrl', 'meta'] },
    interacting: interactive ? undefined : { nodeMovable: false, edgeMovable: false, edgeLabelMovable: false },
    connecting: {
      snap: true,
      allowBlank: false,
      allowLoop: true,
      allowMulti: true,
      highlight: true,
      router: 'manhattan',
      connector: 'rounded',
      createEdge() {
        return this.createEdge({
          shape: 'edge',
          data: { action: '', guard: null },
          attrs: { line: { stroke: COLORS.stroke, strokeWidth: 1.5, targetMarker: 'classic' } },
          labels: edgeLabels('⚠ geen actie'),
        });
      },
    },
  });
}

/** The editor: every change goes through the graph model, so undo/redo covers it; .NET hears the definition after each change. */
function createEditor(container, dotnet, definitionJson, actionLabels, triggerLabels, guardWords) {
  const { graph, ...size } = graphIn(container, true);
  const triggers = triggerLabels ?? {};
  const history = new History({ enabled: true });
  graph.use(history);
  graph.use(new Selection({ enabled: true, multiple: false, showNodeSelectionBox: true, showEdgeSelectionBox: true }));
  graph.use(new Keyboard({ enabled: true }));
  let definition = JSON.parse(definitionJson);
  const labels = actionLabels;
  const guards = { ...guardWords };
  let counter = 1;

  const changed = () => dotnet.invokeMethodAsync(
    'OnCanvasChanged',
    JSON.stringify(toDefinition(graph, definition.name, definition.initialState)),
    graph.getEdges().filter((e) => e.getSourceCellId() && e.getTargetCellId()).map((e) => e.id));
  const uniqueId = () => {
    while (graph.getCellById(`Status${counter}`)) counter++;
    return `Status${counter}`;
  };

  history.on('change', changed);
  graph.on('edge:connected', ({ edge }) => dotnet.invokeMethodAsync('OnSelected', 'transition', edge.id));
  graph.on('cell:selected', ({ cell }) => dotnet.invokeMethodAsync('OnSelected', cell.isNode() ? 'state' : 'transition', cell.id));
  graph.on('blank:click', () => dotnet.invokeMethodAsync('OnSelected', '', ''));
  // A state moved by hand takes its edges along a route around the other states.
  graph.on('node:moved', ({ node }) => graph.getConnectedEdges(node).forEach((edge) => {
    edge.setVertices([]);
    edge.setRouter('manhattan');
  }));
  graph.bindKey(['ctrl+z', 'meta+z'], () => { history.undo(); return false; });
  graph.bindKey(['ctrl+y', 'meta+shift+z'], () => { history.redo(); return false; });
  // X6 gives the canvas the keyboard on a click on a cell or the blank, not on the selection box over a selected state.
  graph.container.addEventListener('mouseup', () => graph.container.focus({ preventScroll: true }));
  // The Delete key on the canvas does what the side panel's Verwijderen does, and undo brings it back.
  graph.bindKey(['delete', 'backspace'], () => {
    const selected = graph.getSelectedCells();
    if (selected.length === 0) return true;
    graph.removeCells(selected);
    dotnet.invokeMethodAsync('OnSelected', '', '');
    return false;
  });

  // Palette items are dragged with native drag and drop (their dragstart is set up once, below); where they are
  // dropped, a new state appears.
  container.addEventListener('dragover', (e) => e.preventDefault());
  container.addEventListener('drop', (e) => {
    e.preventDefault();
    if (e.dataTransfer?.getData('text/plain') !== 'focus-state') return;
    const point = graph.clientToLocal(e.clientX, e.clientY);
    api.addState(null, 'Nieuwe status', point.x - NODE.width / 2, point.y - NODE.height / 2);
  });

  load(graph, definition, labels, triggers, guards);
  history.clean();
  size.fit();
  changed();

  const api = {
    load(json) {
      definition = JSON.parse(json);
      load(graph, definition, labels, triggers, guards);
      history.clean();
      size.fit();
      changed();
    },
    addState(id, label, x, y) {
      const center = graph.getGraphArea().center;
      const node = graph.addNode(nodeConfig({ id: id || uniqueId(), label, x: x ?? center.x, y: y ?? center.y }, triggers));
      graph.cleanSelection();
      graph.select(node);
      dotnet.invokeMethodAsync('OnSelected', 'state', node.id);
      return node.id;
    },
    updateState(id, label, category, entryTrigger) {
      const node = graph.getCellById(id);
      if (!node) return;
      graph.startBatch('update-state');
      node.setData({ label, category: categoryOf({ category }), entryTrigger: entryTrigger || null }, { overwrite: true });
      node.attr('label/text', stateText(label, entryTrigger, triggers));
      node.attr('body/strokeWidth', CATEGORY[categoryOf({ category })].width);
      node.attr('body/fill', CATEGORY[categoryOf({ category })].fill);
      graph.stopBatch('update-state');
    },
    addTransition(from, to, action, guard) {
      graph.startBatch('add-transition');
      const edge = graph.addEdge(edgeConfig({ from, to, action, guard }, labels, Date.now(), guards));
      layout(graph);
      graph.stopBatch('add-transition');
      // The new transition is selected, so its condition can be set in the side panel straight away.
      api.select(edge.id);
      return edge.id;
    },
    updateTransition(id, action, guard) {
      const edge = graph.getCellById(id);
      if (!edge) return;
      graph.startBatch('update-transition');
      const data = { action, guard: guard || null };
      edge.setData(data, { overwrite: true });
      edge.setLabels(edgeLabels(edgeLabel(data, labels, guards)));
      layout(graph);
      graph.stopBatch('update-transition');
    },
    /** Selects a state or transition as a click on the canvas would: the side panel opens it (keyboard users start here). */
    select(id) {
      const cell = graph.getCellById(id);
      if (!cell) return;
      graph.cleanSelection();
      graph.select(cell);
      dotnet.invokeMethodAsync('OnSelected', cell.isNode() ? 'state' : 'transition', cell.id);
    },
    /** Learns the words for guards before they are drawn: set before addTransition, updateTransition or load. */
    guardWords(words) {
      Object.assign(guards, words);
    },
    remove(id) {
      graph.getCellById(id)?.remove();
    },
    highlight(states, transitions) {
      // Colours are no edit: they stay out of the undo history and the definition.
      history.disable();
      graph.getNodes().forEach((node) => {
        const change = CHANGE[states[node.id]];
        node.attr('body/stroke', change?.stroke ?? COLORS.stroke);
        node.attr('body/fill', change?.fill ?? CATEGORY[categoryOf(node.getData())].fill);
      });
      graph.getEdges().forEach((edge) => {
        const action = edge.getData()?.action;
        const hit = transitions.find((t) => t.from === edge.getSourceCellId() && t.to === edge.getTargetCellId() && t.action === action);
        edge.attr('line/stroke', CHANGE[hit?.kind]?.stroke ?? COLORS.stroke);
        edge.attr('line/strokeWidth', hit ? 3 : 1.5);
      });
      history.enable();
    },
    undo() { history.undo(); },
    redo() { history.redo(); },
    layout() { layout(graph); size.fit(); },
    zoom(factor) { graph.zoom(factor); },
    fit() { size.fit(); },
    dispose() { size.stop(); graph.dispose(); },
  };
  return api;
}

/**
 * The case page: the case's own workflow version, its current state highlighted and the states it passed through.
 * A handler reads actions and triggers by their display names (words.actions, words.triggers), never their codes.
 */
function showInstance(container) {
  const { graph, ...size } = graphIn(container, false);
  return {
    draw(definitionJson, current, path, words) {
      const definition = JSON.parse(definitionJson);
      load(graph, definition, words.actions, words.triggers, words.guards ?? {});
      const visited = new Set(path);
      graph.getNodes().forEach((node) => {
        // Nothing is connected here: the connection points would only be clutter.
        node.removePorts();
        if (node.id === current) node.attr('body/fill', COLORS.current);
        else if (visited.has(node.id)) node.attr('body/fill', COLORS.path);
        node.attr('body/data-state', node.id);
      });
      for (let i = 1; i < path.length; i++) {
        graph.getEdges()
          .filter((e) => e.getSourceCellId() === path[i - 1] && e.getTargetCellId() === path[i])
          .forEach((e) => e.attr('line/strokeWidth', 3));
      }
      size.fit();
    },
    dispose() { size.stop(); graph.dispose(); },
  };
}

window.focusWorkflow = { createEditor, showInstance };

// The Content-Security-Policy allows no inline event handlers, so the palette's dragstart is a listener here.
document.addEventListener('dragstart', (e) => {
  if (e.target instanceof Element && e.target.closest('[data-focus-palette="state"]')) {
    e.dataTransfer?.setData('text/plain', 'focus-state');
  }
});
