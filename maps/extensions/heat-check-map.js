/*
 * HEAT for Tiled: "Check map (Issues)" in the Map menu runs `heat check-map` on the map you are
 * editing and lists each of its lines in Tiled's Issues panel (errors red, warnings yellow).
 * Double-click an issue about an object to select that object. Needs `heat` on the PATH (start
 * Tiled from the game's activated venv). Loaded by Tiled because the project's extensionsPath
 * is this folder.
 */

function heatObjectById(map, id) {
    var found = null;
    function visit(layer) {
        if (found) return;
        if (layer.isObjectLayer) {
            for (var i = 0; i < layer.objects.length; ++i)
                if (layer.objects[i].id === id) { found = layer.objects[i]; return; }
        } else if (layer.isGroupLayer) {
            for (var j = 0; j < layer.layerCount; ++j) visit(layer.layerAt(j));
        }
    }
    for (var k = 0; k < map.layerCount; ++k) visit(map.layerAt(k));
    return found;
}

function heatReport(map, line) {
    // A checker line: FILE:WHERE: [warning: ]MESSAGE — FIX
    var match = /object (\d+)/.exec(line);
    var select = function () {
        if (!match) return;
        var object = heatObjectById(map, parseInt(match[1], 10));
        if (object) map.selectedObjects = [object];
    };
    var text = line.replace(map.fileName + ":", "");
    if (text.indexOf(": warning: ") >= 0) tiled.warn(text, select);
    else tiled.error(text, select);
}

var heatCheckMap = tiled.registerAction("HeatCheckMap", function () {
    var map = tiled.activeAsset;
    if (!map || !map.isTileMap || !map.fileName) {
        tiled.alert("Save the map first: the checker reads the file.");
        return;
    }
    if (map.modified) tiled.trigger("Save");
    var process = new Process();
    var code = process.exec("heat", ["check-map", map.fileName], false);
    var lines = (process.readStdErr() + "\n" + process.readStdOut()).split("\n");
    var reported = 0;
    for (var i = 0; i < lines.length; ++i) {
        var line = lines[i].trim();
        if (!line || /: ok( \(\d+ warnings\))?$/.test(line)) continue;
        heatReport(map, line);
        reported += 1;
    }
    if (code < 0) tiled.error("HEAT: could not run 'heat' — start Tiled from the game's venv");
    else tiled.log("HEAT check-map: " + (reported ? reported + " line(s)" : "ok"));
});
heatCheckMap.text = "Check map (Issues)";
heatCheckMap.shortcut = "Ctrl+Alt+K";

tiled.extendMenu("Map", [{ separator: true }, { action: "HeatCheckMap" }]);
