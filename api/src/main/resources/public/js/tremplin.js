/*
 * Tremplin — progressive enhancement of the server-rendered forms. Everything works without it.
 *  - input[data-autocomplete][list]: fills its <datalist> with <option>s from the given URL (?q=typed text);
 *  - input[data-add-to]: picking a proposal adds a checked checkbox to the chosen list, then clears the field;
 *  - button[data-fill]: copies its data-value into the target field and fires "change" there;
 *  - htmx requests carry the page's CSRF token (meta csrf-token) in the X-CSRF-Token header;
 *  - after a refused form, focus goes to its error summary (#erreurs, tabindex=-1; the summary also has autofocus);
 *  - input[data-filter-list]: shows only the items of the given list whose text contains the typed words.
 */
(function () {
  'use strict';
  var timers = new WeakMap();

  function autocomplete(input) {
    var list = document.getElementById(input.getAttribute('list'));
    var q = input.value.trim();
    if (!list || q.length < 2) { return; }
    fetch(input.dataset.autocomplete + '?q=' + encodeURIComponent(q), { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.text() : ''; })
      .then(function (html) { if (html) { list.innerHTML = html; } });
  }

  function proposalPicked(input) {
    var list = document.getElementById(input.getAttribute('list'));
    if (!list) { return false; }
    return Array.prototype.some.call(list.options, function (o) { return o.value === input.value; });
  }

  function addChoice(input) {
    var target = document.querySelector(input.dataset.addTo);
    var text = input.value.trim();
    var code = text.split(' — ')[0].split(' ')[0];
    if (!target || !code) { return; }
    if (target.querySelector('input[value="' + CSS.escape(code) + '"]')) { input.value = ''; return; }
    var id = input.dataset.name + '-' + code.replace(/[^A-Za-z0-9_-]/g, '_');
    var li = document.createElement('li');
    li.className = 'fr-checkbox-group fr-checkbox-group--sm';
    var box = document.createElement('input');
    box.type = 'checkbox'; box.name = input.dataset.name; box.value = code; box.id = id; box.checked = true;
    var label = document.createElement('label');
    label.className = 'fr-label'; label.htmlFor = id; label.textContent = text;
    li.appendChild(box); li.appendChild(label);
    target.appendChild(li);
    input.value = '';
    var status = document.getElementById(input.dataset.status);
    if (status) { status.textContent = 'Ajouté : ' + text; }
  }

  document.addEventListener('input', function (e) {
    var input = e.target;
    if (!(input instanceof HTMLInputElement) || !input.dataset.autocomplete) { return; }
    clearTimeout(timers.get(input));
    timers.set(input, setTimeout(function () { autocomplete(input); }, 200));
  });

  document.addEventListener('change', function (e) {
    var input = e.target;
    if (input instanceof HTMLInputElement && input.dataset.addTo && (proposalPicked(input) || / — /.test(input.value))) { addChoice(input); }
  });

  document.addEventListener('click', function (e) {
    var button = e.target.closest ? e.target.closest('button[data-fill]') : null;
    if (!button) { return; }
    var field = document.querySelector(button.dataset.fill);
    if (!field) { return; }
    field.value = button.dataset.value;
    field.dispatchEvent(new Event('change', { bubbles: true }));
    field.focus();
  });

  function normalise(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function filterList(input) {
    var list = document.querySelector(input.dataset.filterList);
    if (!list) { return; }
    var words = normalise(input.value).split(/\s+/).filter(Boolean);
    var shown = 0;
    Array.prototype.forEach.call(list.querySelectorAll('[data-filter-text]'), function (item) {
      var text = normalise(item.dataset.filterText);
      var keep = words.every(function (w) { return text.indexOf(w) >= 0; })
        || item.querySelector('input:checked') !== null;
      item.hidden = !keep;
      if (keep) { shown++; }
    });
    var status = document.getElementById(input.dataset.status);
    if (status) { status.textContent = shown + (shown > 1 ? ' compétences affichées' : ' compétence affichée'); }
  }

  document.addEventListener('input', function (e) {
    if (e.target instanceof HTMLInputElement && e.target.dataset.filterList) { filterList(e.target); }
  });

  function revealFilters(root) {
    Array.prototype.forEach.call(root.querySelectorAll('[data-needs-script]'), function (el) { el.hidden = false; });
  }
  revealFilters(document);
  document.addEventListener('htmx:afterSettle', function (e) { revealFilters(e.target); });

  var summary = document.querySelector('#erreurs[tabindex="-1"], [data-focus-on-load]');
  if (summary && document.activeElement !== summary) { summary.focus(); }

  document.addEventListener('htmx:configRequest', function (e) {
    var meta = document.querySelector('meta[name="csrf-token"]');
    if (meta) { e.detail.headers['X-CSRF-Token'] = meta.content; }
  });
})();
