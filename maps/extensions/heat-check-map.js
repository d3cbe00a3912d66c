/*
 * HEAT for Tiled: every time you save a map (and when you open one) this runs `heat check-map`
 * on it and lists each problem in Tiled's Issues panel: red for errors, yellow for warnings,
 * each naming the file, the object and the fix. Double-click an issue about an object to select
 * that object. Map > "Check map (Issues)" (Ctrl+Alt+K) runs the same check by hand.
 *
 * Loaded by Tiled because the project's extensionsPath is this folder; Tiled asks once whether
 * to trust the project's extensions ("Enable Extensions"). Finds `heat` on the PATH, else the
 * repository's .venv next to the maps folder. Works with Tiled 1.8 and newer: only API that
 * exists since 1.8 is used unguarded (registerAction, extendMenu, error/warn/log, Process,
 * TextFile, assetOpened/assetSaved); tiled.projectFilePath (1.10+) and tiled.assetReloaded (1.11+)
 * only when present.
 *
 * Tests: when the environment variable HEAT_TILED_REPORT names a file, each line the extension
 * reports is also appended to that file, so a test can prove it ran inside the real Tiled.
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

function heatFolderOf(path) {
    var cut = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
    return cut < 0 ? "." : path.substring(0, cut);
}

function heatBaseName(path) {
    return path.substring(heatFolderOf(path).length + 1);
}

// Run a command; null when it could not be started, else {code, text} (stderr then stdout).
function heatRun(command, args, folder) {
    var process = new Process();
    if (folder) process.workingDirectory = folder;
    var code;
    try {
        code = process.exec(command, args, false);
    } catch (e) {
        return null;
    }
    if (code < 0) return null;
    return { code: code, text: process.readStdErr() + "\n" + process.readStdOut() };
}

// The file named by HEAT_TILED_REPORT, or "" (Tiled's JS cannot read the environment itself).
function heatReportPath() {
    var result = heatRun("printenv", ["HEAT_TILED_REPORT"], "");
    return result && result.code === 0 ? result.text.trim() : "";
}

var heatState = { reportPath: heatReportPath() };

function heatRecord(line) {
    if (!heatState.reportPath) return;
    var file = new TextFile(heatState.reportPath, TextFile.Append);
    file.writeLine(line);
    file.commit();
}

// Where `heat` may be: on the PATH, or in the repository's .venv (the folder above maps/).
function heatCommands(mapFile) {
    var roots = [heatFolderOf(heatFolderOf(mapFile))];
    if (typeof tiled.projectFilePath === "string" && tiled.projectFilePath)  // Tiled 1.10+
        roots.unshift(heatFolderOf(heatFolderOf(tiled.projectFilePath)));
    var commands = ["heat"];
    for (var i = 0; i < roots.length; ++i) {
        commands.push(roots[i] + "/.venv/bin/heat");
        commands.push(roots[i] + "/.venv/Scripts/heat.exe");
    }
    return commands;
}

function heatReport(map, line) {
    // A checker line: FILE:WHERE: [warning: ]MESSAGE — FIX, FILE relative to the map's folder
    // (the fault may be in a tileset, a template or the project rather than the map).
    var prefix = heatBaseName(map.fileName) + ":object ";
    var match = line.indexOf(prefix) === 0 ? /^(\d+)/.exec(line.substring(prefix.length)) : null;
    var select = function () {
        if (!match) return;
        var object = heatObjectById(map, parseInt(match[1], 10));
        if (object) map.selectedObjects = [object];
    };
    var text = "HEAT " + line;
    if (text.indexOf(": warning: ") >= 0) tiled.warn(text, select);
    else tiled.error(text, select);
    heatRecord(text);
}

function heatCheck(map) {
    if (!map || !map.isTileMap || !map.fileName) return;
    var commands = heatCommands(map.fileName);
    var result = null;
    for (var i = 0; i < commands.length && !result; ++i)
        result = heatRun(commands[i], ["check-map", heatBaseName(map.fileName)],
                         heatFolderOf(map.fileName));
    if (!result) {
        var missing = "HEAT: could not run 'heat check-map' — start Tiled from the game's venv "
            + "(source .venv/bin/activate) or install the game so `heat` is on the PATH";
        tiled.error(missing, function () {});
        heatRecord(missing);
        return;
    }
    var lines = result.text.split("\n");
    var reported = 0;
    for (var j = 0; j < lines.length; ++j) {
        var line = lines[j].trim();
        if (!line || /: ok( \(\d+ warnings?\))?$/.test(line)) continue;
        heatReport(map, line);
        reported += 1;
    }
    var summary = "HEAT check-map " + heatBaseName(map.fileName) + ": "
        + (reported ? reported + " problem line(s) in the Issues panel" : "ok");
    tiled.log(summary);
    heatRecord(summary);
}

var heatCheckMap = tiled.registerAction("HeatCheckMap", function () {
    var map = tiled.activeAsset;
    if (!map || !map.isTileMap || !map.fileName) {
        tiled.alert("Save the map first: the checker reads the file.");
        return;
    }
    if (map.modified) tiled.trigger("Save");  // the save below runs the check
    else heatCheck(map);
});
heatCheckMap.text = "Check map (Issues)";
heatCheckMap.shortcut = "Ctrl+Alt+K";

tiled.extendMenu("Map", [{ separator: true }, { action: "HeatCheckMap" }]);
tiled.assetSaved.connect(heatCheck);
tiled.assetOpened.connect(heatCheck);
if (tiled.assetReloaded) tiled.assetReloaded.connect(heatCheck);  // Tiled 1.11+: changed on disk
if (tiled.activeAsset) heatCheck(tiled.activeAsset);
