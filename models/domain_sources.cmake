# The SQLCipher-free sources of certdesk_domain, from CERTDESK_MODELS_DIR. Shared with fuzz/clang/ (the libFuzzer
# build compiles the same files with clang).
file(GLOB CERTDESK_DOMAIN_SOURCES CONFIGURE_DEPENDS
    ${CERTDESK_MODELS_DIR}/core/*.cpp ${CERTDESK_MODELS_DIR}/core/*.h
    ${CERTDESK_MODELS_DIR}/domain/*.cpp ${CERTDESK_MODELS_DIR}/domain/*.h
    ${CERTDESK_MODELS_DIR}/io/*.cpp ${CERTDESK_MODELS_DIR}/io/*.h
    ${CERTDESK_MODELS_DIR}/protocol/*.cpp ${CERTDESK_MODELS_DIR}/protocol/*.h
    ${CERTDESK_MODELS_DIR}/codec/*.cpp ${CERTDESK_MODELS_DIR}/codec/*.h
    ${CERTDESK_MODELS_DIR}/crypto/*.cpp ${CERTDESK_MODELS_DIR}/crypto/*.h)
