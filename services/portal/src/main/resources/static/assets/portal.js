// Progressive enhancement only: every page reads and every form posts without this file.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  // "Put forward your idea": the member's axes as soon as a member is chosen, and the similar ideas while typing.
  // Other forms share the idea form's look (class idea-form); only the one with the similar-ideas box is this one.
  var similar = document.getElementById('similar');
  var form = similar && document.querySelector('form.idea-form');
  if (!form) {
    return;
  }
  var member = form.querySelector('#member');
  var axis = form.querySelector('#axisCode');
  var problem = form.querySelector('#problem');
  var solution = form.querySelector('#proposedSolution');
  var lang = similar.getAttribute('data-lang');

  member.addEventListener('change', function () {
    if (!member.value) {
      return;
    }
    fetch('/api/axes?member=' + encodeURIComponent(member.value), { headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (axes) {
        while (axis.options.length > 1) {
          axis.remove(1);
        }
        axes.filter(function (a) { return a.active; }).forEach(function (a) {
          axis.add(new Option(a.code + ' — ' + (a.title[lang] || a.title.ar), a.code));
        });
        axis.disabled = axis.options.length <= 1;
      });
  });

  var timer = null;
  function showSimilar() {
    var text = (problem.value + ' ' + solution.value).trim();
    if (text.length < 12) {
      return;
    }
    var url = '/api/search/similar?size=5&text=' + encodeURIComponent(text.slice(0, 2000))
      + (member.value ? '&member=' + encodeURIComponent(member.value) : '');
    fetch(url, { headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : { member: [], network: [] }; })
      .then(function (answer) {
        var ideas = (answer.member || []).concat(answer.network || []);
        similar.textContent = '';
        var heading = document.createElement('h2');
        heading.textContent = similar.getAttribute('data-heading');
        similar.appendChild(heading);
        if (ideas.length === 0) {
          var none = document.createElement('p');
          none.textContent = similar.getAttribute('data-empty');
          similar.appendChild(none);
          return;
        }
        var list = document.createElement('ul');
        ideas.forEach(function (idea) {
          var item = document.createElement('li');
          var link = document.createElement('a');
          link.href = '/' + lang + '/ideas/' + encodeURIComponent(idea.id);
          link.textContent = idea.problem;
          link.dir = 'auto';
          var where = document.createElement('span');
          where.className = 'counts';
          where.dir = 'ltr';
          where.textContent = ' ' + idea.member;
          item.appendChild(link);
          item.appendChild(where);
          list.appendChild(item);
        });
        similar.appendChild(list);
      })
      .catch(function () { /* similar ideas are a help, never a blocker */ });
  }
  [problem, solution].forEach(function (field) {
    field.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(showSimilar, 400);
    });
  });
}());
