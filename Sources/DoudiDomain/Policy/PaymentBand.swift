/// One band of a banded (分档) 低保 payment: households whose per-capita monthly income
/// is below `incomeBelow` get `amountPerPerson` a month for each covered member. Bands
/// are listed from the poorest up; the first that fits applies.
///
/// Source: 649号 art 12 and 57号 art 23 allow 分档 by hardship (policy reference §1.8); 淄博
/// rural requires at least four bands with the top band at the full standard, and 会昌 2023
/// lists its bands (urban 885 / 565 / 515 / 465).
public struct PaymentBand: Hashable, Sendable {
    public var incomeBelow: Money
    public var amountPerPerson: Money

    public init(incomeBelow: Money, amountPerPerson: Money) {
        self.incomeBelow = incomeBelow
        self.amountPerPerson = amountPerPerson
    }
}
