import Foundation
import ClaimlineCore

/// A JSON Schema validator for the keywords claimline's schemas use (type,
/// const, enum, required, properties, additionalProperties, items, minItems,
/// maxItems, minimum, maximum, allOf, anyOf, $ref within and across files).
struct SchemaValidator {
    let folder: String
    private var files: [String: JSONValue] = [:]

    init(folder: String) throws {
        self.folder = folder
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name.hasSuffix(".schema.json") {
            let data = try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)))
            files[name] = try JSONParser.parse(data)
        }
    }

    /// Problems found validating `value` against schema file `name` (empty when valid).
    func validate(_ value: JSONValue, against name: String) -> [String] {
        guard let root = files[name] else { return ["no schema \(name)"] }
        var errors: [String] = []
        check(value, root, file: name, path: "$", &errors)
        return errors
    }

    private func resolve(_ ref: String, from file: String) -> (JSONValue, String)? {
        let parts = ref.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let target = parts[0].isEmpty ? file : String(parts[0])
        guard var node = files[target] else { return nil }
        if parts.count == 2 {
            for key in parts[1].split(separator: "/") { guard let next = node[String(key)] else { return nil }; node = next }
        }
        return (node, target)
    }

    private func check(_ v: JSONValue, _ s: JSONValue, file: String, path: String, _ errors: inout [String]) {
        if let ref = s["$ref"]?.string {
            guard let (target, f) = resolve(ref, from: file) else { errors.append("\(path): unresolved $ref \(ref)"); return }
            check(v, target, file: f, path: path, &errors)
        }
        for sub in s["allOf"]?.array ?? [] { check(v, sub, file: file, path: path, &errors) }
        if let any = s["anyOf"]?.array {
            let ok = any.contains { sub in var e: [String] = []; check(v, sub, file: file, path: path, &e); return e.isEmpty }
            if !ok { errors.append("\(path): matches none of anyOf") }
        }
        if let t = s["type"] {
            let types = t.array?.compactMap(\.string) ?? [t.string ?? ""]
            if !types.contains(where: { is_(v, $0) }) { errors.append("\(path): not of type \(types)") }
        }
        if let c = s["const"], !same(c, v) { errors.append("\(path): is not \(c)") }
        if let e = s["enum"]?.array, !e.contains(where: { same($0, v) }) { errors.append("\(path): not one of the allowed values") }
        if let d = v.double {
            if let m = s["minimum"]?.double, d < m { errors.append("\(path): below \(m)") }
            if let m = s["maximum"]?.double, d > m { errors.append("\(path): above \(m)") }
        }
        if let o = v.object {
            for r in s["required"]?.array ?? [] { if let k = r.string, o[k] == nil { errors.append("\(path): missing \(k)") } }
            let props = s["properties"]?.object ?? [:]
            for (k, sub) in props { if let x = o[k] { check(x, sub, file: file, path: "\(path).\(k)", &errors) } }
            if s["additionalProperties"]?.bool == false {
                for k in o.keys where props[k] == nil { errors.append("\(path): unexpected property \(k)") }
            }
        }
        if let a = v.array {
            if let n = s["minItems"]?.int, a.count < n { errors.append("\(path): fewer than \(n) items") }
            if let n = s["maxItems"]?.int, a.count > n { errors.append("\(path): more than \(n) items") }
            if let items = s["items"] { for (i, x) in a.enumerated() { check(x, items, file: file, path: "\(path)[\(i)]", &errors) } }
        }
    }

    private func is_(_ v: JSONValue, _ type: String) -> Bool {
        switch (type, v) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object): return true
        case ("integer", .int): return true
        case ("integer", .double(let d)): return d == d.rounded()
        case ("number", .int), ("number", .double): return true
        default: return false
        }
    }

    private func same(_ a: JSONValue, _ b: JSONValue) -> Bool {
        if let x = a.double, let y = b.double { return x == y }
        return a == b
    }
}
