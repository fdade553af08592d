// Review page behaviour: hover box with the extracted rows, legend toggles, #tip-<ann id> links.
// Inlined by pipelines/templates/review.html.j2 (pages are self-contained, no network).
(function () {
  var tip = document.getElementById('tip'), text = document.getElementById('text');
  function titleOf(el) {
    if (el.hasAttribute('title')) { el.setAttribute('data-title', el.getAttribute('title'));
                                    el.removeAttribute('title'); }
    return el.getAttribute('data-title') || '';
  }
  if (text) {
    text.addEventListener('mouseover', function (e) {
      var el = e.target, blocks = [];
      while (el && el !== text) {
        if (el.classList && el.classList.contains('hl')) blocks.push(el);
        el = el.parentElement;
      }
      if (!blocks.length) { tip.hidden = true; return; }
      show(blocks);
    });
    text.addEventListener('mousemove', function (e) {
      var x = Math.min(e.clientX + 14, window.innerWidth - tip.offsetWidth - 8);
      var y = e.clientY + 18;
      if (y + tip.offsetHeight > window.innerHeight) y = Math.max(4, e.clientY - tip.offsetHeight - 12);
      tip.style.left = x + 'px'; tip.style.top = y + 'px';
    });
    text.addEventListener('mouseleave', function () { tip.hidden = true; });
  }
  document.querySelectorAll('.legend input').forEach(function (box) {
    box.addEventListener('change', function () {
      document.body.classList.toggle('hide-' + box.value, !box.checked);
    });
  });
  function show(marks, x, y) {
    tip.textContent = '';
    marks.forEach(function (m) {
      var d = document.createElement('div');
      d.className = 'blk'; d.textContent = titleOf(m); tip.appendChild(d);
    });
    tip.hidden = false;
    if (x !== undefined) { tip.style.left = x + 'px'; tip.style.top = y + 'px'; }
  }
  // #tip-<ann id> opens the hover box of that highlight (for screenshots and links).
  var m = /^#tip-(a[0-9]+)$/.exec(location.hash), target = m && document.getElementById(m[1]);
  if (target) {
    var covering = [], el = target;
    while (el && el !== text) { if (el.classList.contains('hl')) covering.push(el); el = el.parentElement; }
    var r = target.getBoundingClientRect();
    if (r.bottom + 260 > window.innerHeight) {
      target.scrollIntoView({block: 'center'}); r = target.getBoundingClientRect();
    }
    show(covering, Math.min(r.left, window.innerWidth - 480), r.bottom + 8);
  }
  document.querySelectorAll('a[href^="#a"]').forEach(function (a) {
    a.addEventListener('click', function () {
      var id = a.getAttribute('href').slice(1);
      document.querySelectorAll('[data-ann="' + id + '"]').forEach(function (m) {
        m.classList.add('flash'); setTimeout(function () { m.classList.remove('flash'); }, 1600);
      });
    });
  });
  document.body.setAttribute('data-ready', '1');
})();
