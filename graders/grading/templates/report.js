// Marks each picture as loaded or broken (and says so on the page), and counts them in the title.
window.addEventListener("load", () => {
  const images = [...document.querySelectorAll("figure img")];
  const loaded = images.filter(i => i.complete && i.naturalWidth > 0);
  images.forEach(i => i.dataset.state = (i.complete && i.naturalWidth > 0) ? "loaded" : "broken");
  document.title += ` (${loaded.length} of ${images.length} pictures)`;
});
