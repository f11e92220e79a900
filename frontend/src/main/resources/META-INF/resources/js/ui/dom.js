/**
 * Small DOM helpers for the panels. Text always goes in as text nodes (never innerHTML), so names
 * and descriptions from the data cannot inject markup.
 */

/**
 * Creates an element: h('button', {class: 'x', onclick: fn, disabled: true}, '文字', child).
 * Attributes starting with "on" become listeners; `dataset` sets data-*; false/null are skipped.
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === false || value === null || value === undefined) {
      continue;
    }
    if (key.startsWith('on') && typeof value === 'function') {
      element.addEventListener(key.slice(2), value);
    } else if (key === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (key === 'class') {
      element.className = value;
    } else if (key === 'style' && typeof value === 'object') {
      Object.assign(element.style, value);
    } else if (key in element && typeof value !== 'string') {
      element[key] = value;
    } else {
      element.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the element's children. */
export function fill(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/** A <select> with [{value, label}] options and the given value chosen. */
export function select(props, options, value) {
  return h('select', props, options.map((o) => h('option', { value: o.value, selected: o.value === value }, o.label)));
}

/** A labelled form row. */
export function field(label, control, hint) {
  return h('label', { class: 'ld-field' }, h('span', { class: 'ld-field-label' }, label), control,
    hint ? h('span', { class: 'ld-field-hint' }, hint) : null);
}

/** A progress line ("正在加载…") with a spinner. */
export function progress(text) {
  return h('div', { class: 'ld-progress', role: 'status' }, h('span', { class: 'ld-spinner', 'aria-hidden': 'true' }), text);
}

/** An error message box (role=alert) with an optional retry button. */
export function errorBox(text, retry) {
  return h('div', { class: 'ld-error', role: 'alert' }, h('span', {}, text),
    retry ? h('button', { type: 'button', class: 'ld-link-button', onclick: retry }, '重试') : null);
}

/**
 * A form's submit handler: `check()` returns the request body or throws an Error whose Chinese
 * message is shown in `message`; then `send(body)` runs with `button` disabled, and a failure shows
 * `refusal(error)` in `message`.
 */
export function checkedSubmit({ message, button, check, send, refusal }) {
  return async (event) => {
    event.preventDefault();
    fill(message);
    let body;
    try {
      body = check();
    } catch (error) {
      fill(message, errorBox(error.message));
      return;
    }
    button.disabled = true;
    try {
      await send(body);
    } catch (error) {
      fill(message, errorBox(refusal(error)));
    } finally {
      button.disabled = false;
    }
  };
}

/** A notice box. */
export function noticeBox(text) {
  return h('div', { class: 'ld-notice', role: 'status' }, text);
}

/** Offers `text` as a file download (CSV). */
export function download(filename, text, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: filename, style: { display: 'none' } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A labelled form field around a {@link filePicker} (a div: a label must not hold the picker's own label). */
export function fileField(label, input, buttonLabel) {
  return h('div', { class: 'ld-field' }, h('span', { class: 'ld-field-label' }, label), filePicker(input, buttonLabel));
}

/**
 * A file input behind a labelled button of ours, with the choice said beside it: the native button
 * and its "no file chosen" speak the browser's language, not the page's. Returns the control to
 * place in the form; `input` keeps its files and its listeners.
 */
export function filePicker(input, label = '选择照片', empty = '尚未选择照片') {
  input.classList.add('visually-hidden');
  const chosen = h('span', { class: 'ld-muted ld-file-chosen' }, empty);
  const say = () => {
    const files = [...input.files];
    chosen.textContent = files.length === 0 ? empty
      : files.length === 1 ? `已选择：${files[0].name}` : `已选择 ${files.length} 张：${files[0].name} 等`;
  };
  input.addEventListener('change', say);
  // A form reset (value = '') fires no change event; the owner calls this to say it again.
  input.sayChosen = say;
  return h('span', { class: 'ld-file-picker' }, h('label', { class: 'ld-button small ld-file-pick' }, input, label), chosen);
}
