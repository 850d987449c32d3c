// Dynamic registration forms: show a conditional field once the earlier answer it depends on is given.
// The server evaluates the same conditions on submit and ignores answers to fields that are hidden.
(() => {
  const refresh = form => {
    for (const box of form.querySelectorAll('[data-show-when-field]')) {
      const source = form.querySelector(`[name="answer.${box.dataset.showWhenField}"]`);
      const sourceShown = source && !source.closest('.field')?.hidden;
      box.hidden = !(sourceShown && source.value.trim().toLowerCase() === box.dataset.showWhenValue.toLowerCase());
    }
  };
  for (const form of document.querySelectorAll('form[data-style="Dynamic"]')) {
    form.addEventListener('change', () => refresh(form));
    form.addEventListener('input', () => refresh(form));
    refresh(form);
  }
})();
