import DoudiDomain

/// Allocation-free text for the numbers and dates written tens of millions of times.
///
/// Strings of up to 15 UTF-8 bytes are stored inline by Swift, so building them byte by byte
/// avoids the temporary strings of interpolation and `CivilDate.iso`'s concatenation. The output
/// is identical to `CivilDate.iso`, `MonthPeriod.iso` and `Money.yuanText` (checked in tests).
enum FastText {
    /// "YYYY-MM-DD".
    static func date(_ date: CivilDate) -> String {
        String(unsafeUninitializedCapacity: 10) { buffer in
            put(date.year, 4, into: buffer, at: 0)
            buffer[4] = 0x2D
            put(date.month, 2, into: buffer, at: 5)
            buffer[7] = 0x2D
            put(date.day, 2, into: buffer, at: 8)
            return 10
        }
    }

    /// "YYYY-MM".
    static func month(_ period: MonthPeriod) -> String {
        String(unsafeUninitializedCapacity: 7) { buffer in
            put(period.year, 4, into: buffer, at: 0)
            buffer[4] = 0x2D
            put(period.month, 2, into: buffer, at: 5)
            return 7
        }
    }

    /// Yuan with two decimals ("924.00", "-0.05") from fen, as `Money.yuanText` prints it.
    static func yuan(fen: Int64) -> String {
        let magnitude = fen.magnitude
        let whole = magnitude / 100, cents = Int(magnitude % 100)
        var digits = 1
        var probe = whole
        while probe >= 10 { probe /= 10; digits += 1 }
        let sign = fen < 0 ? 1 : 0
        let length = sign + digits + 3
        return String(unsafeUninitializedCapacity: length) { buffer in
            if sign == 1 { buffer[0] = 0x2D }
            var rest = whole
            var index = sign + digits - 1
            repeat {
                buffer[index] = UInt8(0x30 + rest % 10)
                rest /= 10
                index -= 1
            } while index >= sign
            buffer[sign + digits] = 0x2E
            buffer[sign + digits + 1] = UInt8(0x30 + cents / 10)
            buffer[sign + digits + 2] = UInt8(0x30 + cents % 10)
            return length
        }
    }

    /// A non-negative number left-padded with zeros to `width` digits.
    static func padded(_ value: Int, width: Int) -> String {
        String(unsafeUninitializedCapacity: width) { buffer in
            put(value, width, into: buffer, at: 0)
            return width
        }
    }

    @inline(__always)
    static func put(_ value: Int, _ width: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) {
        var rest = value
        var index = start + width - 1
        while index >= start {
            buffer[index] = UInt8(0x30 + rest % 10)
            rest /= 10
            index -= 1
        }
    }
}
