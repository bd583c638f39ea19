"""A progress line for long commands, shown only on a terminal."""


class Progress:
    def __init__(self, stream, total: int, noun: str):
        self.stream, self.total, self.noun, self.count = stream, total, noun, 0
        self.shown = hasattr(stream, "isatty") and stream.isatty() and total >= 100
        self.step = max(1, total // 100)

    def update(self, count: int) -> None:
        self.count = count
        if self.shown and (count % self.step == 0 or count == self.total):
            self.stream.write(f"\r{count:,} of {self.total:,} {self.noun}", ending="")
            self.stream.flush()

    def done(self) -> None:
        if self.shown:
            self.stream.write("")
