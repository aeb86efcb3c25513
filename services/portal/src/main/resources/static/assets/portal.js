// Progressive enhancement only: every page reads and every form posts without this file.
document.documentElement.classList.add('js');
