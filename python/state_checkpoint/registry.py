class Registry: pass
class RegistryEntry: pass
class SaveResult: pass
