using System;
using System.Collections.Generic;

namespace SupplierRestrictions.Analyzers.Matching;

/// <summary>
/// Words that are ordinary in code and prose. A name of one or two such words ("Cubic Corporation" is
/// <c>cubic</c>, "Source Intelligence", "Group W", "Shield AI") is matched strictly unless its entry says
/// otherwise: <c>CubicBezier</c> and <c>OpenSourceIntelligence</c> are not suppliers. Single letters and numbers
/// count as ordinary. The list is deliberately about words that occur in identifiers and technical prose.
/// </summary>
internal static class OrdinaryWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        // Shapes, measures, maths.
        "cubic", "linear", "quadratic", "square", "circle", "round", "point", "line", "curve", "angle", "edge",
        "vertex", "grid", "matrix", "vector", "scale", "range", "bound", "bounds", "dimension", "dimensions",
        "size", "length", "width", "height", "depth", "volume", "area", "unit", "units", "metric", "total",
        "sum", "count", "number", "value", "values", "ratio", "rate", "speed", "high", "low", "max", "min",
        "top", "bottom", "left", "right", "center", "middle", "front", "back", "side", "base",
        // Software vocabulary.
        "source", "sources", "target", "data", "file", "files", "path", "stream", "buffer", "cache", "queue",
        "stack", "list", "map", "set", "table", "index", "key", "keys", "item", "items", "node", "tree", "graph",
        "text", "string", "char", "byte", "bytes", "bit", "bits", "code", "codes", "type", "types", "class",
        "object", "module", "package", "service", "services", "server", "client", "host", "port", "socket",
        "request", "response", "message", "event", "events", "handler", "action", "task", "job", "thread",
        "process", "state", "status", "mode", "option", "options", "config", "settings", "context", "scope",
        "session", "token", "user", "users", "account", "group", "groups", "role", "roles", "policy", "rule",
        "rules", "filter", "query", "search", "result", "results", "error", "errors", "log", "logs", "trace",
        "debug", "test", "tests", "build", "run", "runtime", "engine", "core", "kernel", "shell", "system",
        "systems", "platform", "network", "net", "web", "cloud", "api", "sdk", "app", "apps", "ai", "ml", "io",
        "ui", "ux", "db", "sql", "http", "https", "tcp", "udp", "ip", "com", "tcom", "telecom", "dev", "ops",
        "model", "view", "controller", "form", "page", "window", "frame", "panel", "button", "label", "field",
        "record", "report", "document", "schema", "format", "version", "release", "channel", "signal", "sensor",
        "device", "driver", "monitor", "control", "controls", "command", "input", "output", "reader", "writer",
        "parser", "builder", "factory", "provider", "manager", "management", "helper", "utility", "utilities",
        "tool", "tools", "link", "links", "layer", "layers", "block", "blocks", "chain", "pipe", "pipeline",
        "shield", "guard", "security", "secure", "safe", "safety", "trust", "auth", "key", "lock", "vault",
        "intelligence", "insight", "insights", "analytics", "analysis", "metrics", "health", "check",
        // Common adjectives and nouns in company names.
        "global", "universal", "general", "national", "international", "american", "united", "standard",
        "advanced", "applied", "integrated", "digital", "dynamic", "dynamics", "smart", "rapid", "fast", "quick",
        "first", "prime", "primary", "new", "next", "future", "modern", "open", "free", "pro", "plus", "max",
        "red", "blue", "green", "black", "white", "gold", "silver", "orange", "star", "sun", "sky", "air",
        "sea", "ocean", "water", "fire", "earth", "land", "north", "south", "east", "west", "one", "two",
        "three", "four", "five", "six", "seven", "eight", "nine", "ten", "solutions", "solution",
        "technologies", "technology", "tech", "labs", "lab", "works", "industries", "industry", "enterprises",
        "enterprise", "holdings", "partners", "ventures", "capital", "resources", "logistics", "supply",
        "operations", "engineering", "research", "design", "designs", "products", "product", "materials",
        "material", "energy", "power", "electric", "electronics", "communications", "media", "consulting",
        "federal", "defense", "defence", "aerospace", "aviation", "marine", "flight", "autonomy", "autonomous",
        "robotics", "drones", "drone", "vision", "photonics", "optics", "imaging", "coalition", "alliance",
        "association", "foundation", "institute", "center", "centre", "office", "agency", "bureau", "trade",
        "commerce", "market", "markets", "financial", "finance", "bank", "insurance", "health", "care", "medical",
        "home", "house", "city", "state", "world", "life", "time", "way", "work", "team", "best", "better",
        "good", "great", "big", "small", "micro", "macro", "mega", "ultra", "super", "hyper", "meta", "data",
        "info", "information", "knowledge", "learning", "deep", "quantum", "nano", "bio", "eco", "geo",
    };

    /// <summary>True for a folded word that is ordinary, a single letter, or a number.</summary>
    public static bool IsOrdinary(string foldedWord)
    {
        if (foldedWord.Length == 1 || Words.Contains(foldedWord))
        {
            return true;
        }

        foreach (char c in foldedWord)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
