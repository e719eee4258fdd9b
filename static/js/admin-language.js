// The admin's language switch submits as soon as a language is chosen (an
// external script: the Content-Security-Policy forbids inline handlers).
document.addEventListener("DOMContentLoaded", () => {
  const select = document.getElementById("admin-language");
  if (select) {
    select.addEventListener("change", () => select.form.submit());
  }
});
