#pragma once

class QLabel;
class QSpinBox;

// Shows a TTL in seconds the way people read it ("= 10 min") beside its spin box.
class TtlHint
{
public:
    static void attach(QSpinBox *spinBox, QLabel *label);
};
