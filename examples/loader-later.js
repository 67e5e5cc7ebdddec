// A widget added after the page loaded: the loader notices it and loads just that widget.
setTimeout(() => {
  const explorer = document.createElement('career-title-explorer');
  explorer.setAttribute('query', 'manager');
  document.getElementById('later').append(explorer);
}, 300);
