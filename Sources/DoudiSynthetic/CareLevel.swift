/// Self-care ability from the six-item ADL assessment (民发〔2021〕43号): 0 items failed is 全自理,
/// 1–3 is 部分丧失 and 4–6 is 完全丧失.
enum CareLevel: Sendable {
    case selfCaring
    case partial
    case dependent

    init(failedItems: Int) {
        self = failedItems == 0 ? .selfCaring : failedItems <= 3 ? .partial : .dependent
    }
}
