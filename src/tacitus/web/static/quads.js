// The colour of each PLOVER quad class, shared by the charts, the map and the network.
window.TACITUS_QUAD_COLOURS = {
  "verbal cooperation": "#7cb342", "material cooperation": "#2e7d32",
  "verbal conflict": "#f09a36", "material conflict": "#b71c1c"
};
