#include "domain/types.h"

namespace certdesk {

QString variantKey(FormVariant v)
{
    return v == FormVariant::Online ? QStringLiteral("online") : QStringLiteral("mail");
}

bool variantFromText(const QString &text, FormVariant *out)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.compare(QLatin1String("online"), Qt::CaseInsensitive) == 0 ||
        t == QStringLiteral("网上认证")) {
        *out = FormVariant::Online;
        return true;
    }
    if (t.compare(QLatin1String("mail"), Qt::CaseInsensitive) == 0 || t == QStringLiteral("非网上认证")) {
        *out = FormVariant::Mail;
        return true;
    }
    return false;
}

QString methodKey(IdentityMethod m)
{
    switch (m) {
    case IdentityMethod::IdCard:
        return QStringLiteral("idcard");
    case IdentityMethod::SsCard:
        return QStringLiteral("sscard");
    case IdentityMethod::Manual:
        break;
    }
    return QStringLiteral("manual");
}

bool methodFromKey(const QString &key, IdentityMethod *out)
{
    if (key == QLatin1String("idcard"))
        *out = IdentityMethod::IdCard;
    else if (key == QLatin1String("sscard"))
        *out = IdentityMethod::SsCard;
    else if (key == QLatin1String("manual"))
        *out = IdentityMethod::Manual;
    else
        return false;
    return true;
}

} // namespace certdesk
