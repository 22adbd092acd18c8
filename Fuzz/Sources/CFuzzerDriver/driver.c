// The header is the whole module; this file exists because a C target needs a source file.
#include "CFuzzerDriver.h"
