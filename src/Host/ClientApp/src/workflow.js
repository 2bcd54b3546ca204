// The workflow canvas: an editor for quality officers and a read-only instance view on the case page.
// The definition JSON is the contract with .NET (WorkflowDefinition in the Rules module); the canvas only draws it.
import { Graph, History, Selection, Keyboard } from '@antv/x6';
import dagre from '@dagrejs/dagre';

const NODE = { width: 170, height: 56 };
const COLORS = { stroke: '#5f6b7a', fill: '#ffffff', final: '#e8f0fe', current: '#ffb74d', path: '#c8e6c9', selected: '#1976d2' };

// A state's label with its clock trigger, named in the reader's words when the caller gave them (the case page does).
function stateText(label, entryTrigger, triggers = {}) {
  return label + (entryTrigger ? `\n⏱ ${triggers[entryTrigger] ?? entryTrigger}` : '');
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
    data: { label: state.label, final: !!state.final, entryTrigger: state.entryTrigger ?? null },
    attrs: {
      body: { rx: 10, ry: 10, stroke: COLORS.stroke, strokeWidth: state.final ? 3 : 1.5, fill: state.final ? COLORS.final : COLORS.fill },
      label: { text: stateText(state.label, state.entryTrigger, triggers), fontSize: 13, fill: '#1f2933' },
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

function edgeLabel(data, labels) {
  const action = labels[data.action] ?? (data.action || '⚠ geen actie');
  return data.guard ? `${action} [${data.guard}]` : action;
}

function edgeConfig(transition, labels, index) {
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
    labels: [{ attrs: { label: { text: edgeLabel(data, labels), fontSize: 11 } } }],
    // Above the states: an action's name longer than its edge would otherwise disappear under the boxes it joins.
    zIndex: 2,
  };
}

function load(graph, definition, labels, triggers) {
  graph.fromJSON({
    nodes: definition.states.map((state) => nodeConfig(state, triggers)),
    edges: definition.transitions.map((t, i) => edgeConfig(t, labels, i)),
  });
}

function toDefinition(graph, name, initialState) {
  const states = graph.getNodes().map((node) => {
    const { x, y } = node.getPosition();
    const data = node.getData() ?? {};
    const state = { id: node.id, label: data.label ?? node.id, x: Math.round(x), y: Math.round(y) };
    if (data.final) state.final = true;
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

function autoLayout(graph) {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'LR', nodesep: 40, ranksep: 90 });
  g.setDefaultEdgeLabel(() => ({}));
  graph.getNodes().forEach((node) => g.setNode(node.id, { width: NODE.width, height: NODE.height }));
  graph.getEdges().forEach((edge) => g.setEdge(edge.getSourceCellId(), edge.getTargetCellId()));
  dagre.layout(g);
  graph.startBatch('layout');
  g.nodes().forEach((id) => {
    const position = g.node(id);
    graph.getCellById(id)?.position(position.x - NODE.width / 2, position.y - NODE.height / 2);
  });
  graph.stopBatch('layout');
}

function createGraph(container, interactive) {
  return new Graph({
    container,
    // A fixed size: autoResize observes the container and, inside a flex layout, keeps growing it.
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
          labels: [{ attrs: { label: { text: '⚠ geen actie', fontSize: 11 } } }],
        });
      },
    },
  });
}

/** The editor: every change goes through the graph model, so undo/redo covers it; .NET hears the definition after each change. */
function createEditor(container, dotnet, definitionJson, actionLabels) {
  const graph = createGraph(container, true);
  const history = new History({ enabled: true });
  graph.use(history);
  graph.use(new Selection({ enabled: true, multiple: false, showNodeSelectionBox: true, showEdgeSelectionBox: true }));
  graph.use(new Keyboard({ enabled: true }));
  let definition = JSON.parse(definitionJson);
  const labels = actionLabels;
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
  graph.bindKey(['ctrl+z', 'meta+z'], () => { history.undo(); return false; });
  graph.bindKey(['ctrl+y', 'meta+shift+z'], () => { history.redo(); return false; });

  // Palette items are dragged with native drag and drop (their dragstart is set up once, below); where they are
  // dropped, a new state appears.
  container.addEventListener('dragover', (e) => e.preventDefault());
  container.addEventListener('drop', (e) => {
    e.preventDefault();
    if (e.dataTransfer?.getData('text/plain') !== 'focus-state') return;
    const point = graph.clientToLocal(e.clientX, e.clientY);
    api.addState(null, 'Nieuwe status', point.x - NODE.width / 2, point.y - NODE.height / 2);
  });

  load(graph, definition, labels);
  history.clean();
  graph.zoomToFit({ padding: 20, maxScale: 1 });
  changed();

  const api = {
    load(json) {
      definition = JSON.parse(json);
      load(graph, definition, labels);
      history.clean();
      graph.zoomToFit({ padding: 20, maxScale: 1 });
      changed();
    },
    addState(id, label, x, y) {
      const center = graph.getGraphArea().center;
      const node = graph.addNode(nodeConfig({ id: id || uniqueId(), label, x: x ?? center.x, y: y ?? center.y }));
      graph.cleanSelection();
      graph.select(node);
      dotnet.invokeMethodAsync('OnSelected', 'state', node.id);
      return node.id;
    },
    updateState(id, label, final, entryTrigger) {
      const node = graph.getCellById(id);
      if (!node) return;
      graph.startBatch('update-state');
      node.setData({ label, final, entryTrigger: entryTrigger || null }, { overwrite: true });
      node.attr('label/text', stateText(label, entryTrigger));
      node.attr('body/strokeWidth', final ? 3 : 1.5);
      node.attr('body/fill', final ? COLORS.final : COLORS.fill);
      graph.stopBatch('update-state');
    },
    addTransition(from, to, action, guard) {
      const edge = graph.addEdge(edgeConfig({ from, to, action, guard }, labels, Date.now()));
      return edge.id;
    },
    updateTransition(id, action, guard) {
      const edge = graph.getCellById(id);
      if (!edge) return;
      graph.startBatch('update-transition');
      const data = { action, guard: guard || null };
      edge.setData(data, { overwrite: true });
      edge.setLabels([{ attrs: { label: { text: edgeLabel(data, labels), fontSize: 11 } } }]);
      graph.stopBatch('update-transition');
    },
    remove(id) {
      graph.getCellById(id)?.remove();
    },
    undo() { history.undo(); },
    redo() { history.redo(); },
    layout() { autoLayout(graph); graph.zoomToFit({ padding: 20, maxScale: 1 }); },
    zoom(factor) { graph.zoom(factor); },
    fit() { graph.zoomToFit({ padding: 20, maxScale: 1 }); },
    dispose() { graph.dispose(); },
  };
  return api;
}

/**
 * The case page: the case's own workflow version, its current state highlighted and the states it passed through.
 * A handler reads actions and triggers by their display names (words.actions, words.triggers), never their codes.
 */
function showInstance(container) {
  const graph = createGraph(container, false);
  return {
    draw(definitionJson, current, path, words) {
      const definition = JSON.parse(definitionJson);
      load(graph, definition, words.actions, words.triggers);
      const visited = new Set(path);
      graph.getNodes().forEach((node) => {
        if (node.id === current) node.attr('body/fill', COLORS.current);
        else if (visited.has(node.id)) node.attr('body/fill', COLORS.path);
        node.attr('body/data-state', node.id);
      });
      for (let i = 1; i < path.length; i++) {
        graph.getEdges()
          .filter((e) => e.getSourceCellId() === path[i - 1] && e.getTargetCellId() === path[i])
          .forEach((e) => e.attr('line/strokeWidth', 3));
      }
      graph.zoomToFit({ padding: 10, maxScale: 1 });
    },
    dispose() { graph.dispose(); },
  };
}

window.focusWorkflow = { createEditor, showInstance };

// The Content-Security-Policy allows no inline event handlers, so the palette's dragstart is a listener here.
document.addEventListener('dragstart', (e) => {
  if (e.target instanceof Element && e.target.closest('[data-focus-palette="state"]')) {
    e.dataTransfer?.setData('text/plain', 'focus-state');
  }
});
